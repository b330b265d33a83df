package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private final AtomicLong clock = new AtomicLong(1_000);

  private void advanceSeconds(long seconds) {
    clock.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void printsOneLinePerDocumentWithElapsedAndEta() {
    ProgressPrinter progress = new ProgressPrinter(err, false, clock::get);
    advanceSeconds(10);
    progress.finished(1, 4, "a.txt");
    advanceSeconds(10);
    progress.finished(2, 4, "dir/b.txt");
    assertEquals(
        "[1/4] a.txt  elapsed 10s  ETA 30s\n[2/4] dir/b.txt  elapsed 20s  ETA 20s\n",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void redrawsInPlaceOnATerminalAndEndsTheLineBeforeMessages() {
    ProgressPrinter progress = new ProgressPrinter(err, true, clock::get);
    advanceSeconds(3);
    progress.finished(1, 2, "a.txt");
    progress.message("loading");
    progress.finished(2, 2, "b.txt");
    progress.endLine();
    progress.endLine();
    assertEquals(
        "\r"
            + "\u001B[K[1/2] a.txt  elapsed 3s  ETA 3s\n"
            + "loading\n\r"
            + "\u001B[K[2/2] b.txt  elapsed 3s  ETA 0s\n",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theEstimateLeavesOutAOneOffDelay() {
    ProgressPrinter progress = new ProgressPrinter(err, false, clock::get);
    advanceSeconds(1);
    progress.finished(1, 4, "cached.txt");
    advanceSeconds(60);
    progress.restartEstimate();
    advanceSeconds(5);
    progress.finished(2, 4, "b.txt");
    assertEquals(
        "[1/4] cached.txt  elapsed 1s  ETA 3s\n[2/4] b.txt  elapsed 1m06s  ETA 10s\n",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void showsThePiecesOfALongDocument() {
    ProgressPrinter progress = new ProgressPrinter(err, false, clock::get);
    progress.annotatingPiece("big.txt", 1, 12);
    advanceSeconds(70);
    progress.annotatingPiece("big.txt", 2, 12);
    ProgressPrinter terminal = new ProgressPrinter(err, true, clock::get);
    terminal.annotatingPiece("big.txt", 3, 12);
    terminal.finished(1, 1, "big.txt");
    assertEquals(
        "annotating big.txt: piece 1/12  elapsed 0s\n"
            + "annotating big.txt: piece 2/12  elapsed 1m10s\n"
            + "\r\u001B[Kannotating big.txt: piece 3/12  elapsed 0s"
            + "\r\u001B[K[1/1] big.txt  elapsed 0s  ETA 0s",
        bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void formatsDurations() {
    assertEquals("0s", ProgressPrinter.duration(0));
    assertEquals("59s", ProgressPrinter.duration(TimeUnit.SECONDS.toNanos(59)));
    assertEquals("2m05s", ProgressPrinter.duration(TimeUnit.SECONDS.toNanos(125)));
    assertEquals("1h02m", ProgressPrinter.duration(TimeUnit.SECONDS.toNanos(3725)));
  }
}

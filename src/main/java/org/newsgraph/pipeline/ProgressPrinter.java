package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.newsgraph.annotate.BatchAnnotator;

/**
 * Shows annotation progress on stderr as {@code [k/n] docId elapsed 12s ETA 30s}, and inside a long
 * document annotated in pieces as {@code annotating docId: piece 3/12 elapsed 2m10s}: redrawn in
 * place on a terminal, one line per document or piece otherwise. Other messages printed through
 * {@link #message} do not collide with the progress line. Safe for several threads.
 */
public final class ProgressPrinter implements BatchAnnotator.ProgressListener {

  private static final String CLEAR_LINE = "\r\u001B[K";

  private final PrintStream err;
  private final boolean inPlace;
  private final LongSupplier nanoClock;
  private final long start;
  private long estimateStart;
  private int doneAtEstimateStart;
  private int lastDone;
  private boolean lineOpen;

  /**
   * @param err where to print
   * @param inPlace redraw one line ({@code err} is a terminal) instead of printing one per document
   * @param nanoClock a monotonic clock in nanoseconds, e.g. {@code System::nanoTime}
   */
  public ProgressPrinter(PrintStream err, boolean inPlace, LongSupplier nanoClock) {
    this.err = err;
    this.inPlace = inPlace;
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
    this.estimateStart = start;
  }

  @Override
  public synchronized void finished(int done, int total, String documentId) {
    long now = nanoClock.getAsLong();
    long elapsed = now - start;
    int doneSinceEstimateStart = Math.max(1, done - doneAtEstimateStart);
    long eta = (now - estimateStart) / doneSinceEstimateStart * (total - done);
    lastDone = done;
    String line =
        "["
            + done
            + "/"
            + total
            + "] "
            + documentId
            + "  elapsed "
            + duration(elapsed)
            + "  ETA "
            + duration(eta);
    if (inPlace) {
      err.print(CLEAR_LINE + line);
      err.flush();
      lineOpen = true;
    } else {
      err.println(line);
    }
  }

  @Override
  public synchronized void annotatingPiece(String documentId, int piece, int pieces) {
    String line =
        "annotating "
            + documentId
            + ": piece "
            + piece
            + "/"
            + pieces
            + "  elapsed "
            + duration(nanoClock.getAsLong() - start);
    if (inPlace) {
      err.print(CLEAR_LINE + line);
      err.flush();
      lineOpen = true;
    } else {
      err.println(line);
    }
  }

  /**
   * Bases the ETA on the documents finished from now on: called when a one-off delay (loading the
   * models) is over, so that it does not inflate the estimate.
   */
  public synchronized void restartEstimate() {
    estimateStart = nanoClock.getAsLong();
    doneAtEstimateStart = lastDone;
  }

  /** Prints a message on a line of its own. */
  public synchronized void message(String text) {
    endLine();
    err.println(text);
  }

  /** Ends the progress line, if one is open. */
  public synchronized void endLine() {
    if (lineOpen) {
      err.println();
      lineOpen = false;
    }
  }

  /** Seconds since this printer was made. */
  public long elapsedSeconds() {
    return TimeUnit.NANOSECONDS.toSeconds(nanoClock.getAsLong() - start);
  }

  /** A duration for people: {@code 7s}, {@code 2m05s}, {@code 1h02m}. */
  public static String duration(long nanos) {
    long seconds = Math.round(nanos / 1e9);
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}

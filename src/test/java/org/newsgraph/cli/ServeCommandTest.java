package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.Streams;

/** The options of {@code newsgraph serve} that are checked before any store or port is touched. */
class ServeCommandTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Main main =
      new Main(
          new Streams(
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              false));

  @Test
  void anOutOfRangePortIsAUsageError() {
    assertEquals(ExitCodes.USAGE, main.execute("serve", "--port", "70000"));
    assertTrue(stderr().contains("70000"), stderr());
  }

  @Test
  void aTimeoutThatIsNotANumberIsAUsageError() {
    assertEquals(ExitCodes.USAGE, main.execute("serve", "--query-timeout", "soon"));
    assertTrue(stderr().contains("soon"), stderr());
  }

  @Test
  void aZeroMaxResultsIsAUsageError() {
    assertEquals(ExitCodes.USAGE, main.execute("serve", "--max-results", "0"));
    assertTrue(stderr().contains("too small"), stderr());
  }

  @Test
  void anUnreadableDocumentSizeLimitIsAUsageErrorBeforeAnythingStarts() {
    assertEquals(
        ExitCodes.USAGE,
        main.execute("serve", "--allow-ingest", "--max-document-size", "huge", "--port", "0"));
    assertTrue(stderr().contains("--max-document-size: 'huge' is not a size"), stderr());
  }

  @Test
  void timeoutsAreReadAsDecimalSeconds() {
    ServeCommand.SecondsConverter seconds = new ServeCommand.SecondsConverter();
    assertEquals(Duration.ofMillis(2500), seconds.convert("2.5"));
    assertEquals(Duration.ofSeconds(30), seconds.convert("30"));
    assertEquals(Duration.ofMillis(1), seconds.convert("0.001"));
  }

  @Test
  void theHelpListsTheOptionsAndExitCodes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main helpMain =
        new Main(
            new Streams(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false));
    assertEquals(ExitCodes.OK, helpMain.execute("serve", "--help"));
    String help = out.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {"--port", "--host", "--query-timeout", "--max-results", "/sparql", "7"}) {
      assertTrue(help.contains(expected), expected + " in " + help);
    }
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }
}

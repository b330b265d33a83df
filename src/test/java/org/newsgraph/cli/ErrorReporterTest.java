package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.StoreLockedException;

class ErrorReporterTest {

  @Test
  void userFailuresKeepTheirCodeAndSubject() {
    ErrorReporter.Report report =
        ErrorReporter.report(new CliException(ExitCodes.BAD_INPUT, "a.txt", "is empty; fix it"));
    assertEquals(new ErrorReporter.Report("newsgraph: a.txt: is empty; fix it", 3), report);
  }

  @Test
  void aLockedStoreIsExitCodeFour() {
    ErrorReporter.Report report =
        ErrorReporter.report(new StoreLockedException(Path.of("/tmp/s"), null));
    assertEquals(ExitCodes.STORE_UNUSABLE, report.exitCode());
    assertEquals(
        "newsgraph: The store folder '/tmp/s' is in use by another newsgraph process",
        report.line().substring(0, report.line().indexOf(" (")));
  }

  @Test
  void anInvalidQueryIsExitCodeFive() {
    assertEquals(
        ExitCodes.INVALID_QUERY,
        ErrorReporter.report(new InvalidQueryException("bad", 1, 2, null)).exitCode());
  }

  @Test
  void runningOutOfMemorySaysHowToGiveMore() {
    ErrorReporter.Report report =
        ErrorReporter.report(new IllegalStateException("wrapped", new OutOfMemoryError()));
    assertEquals(ExitCodes.INTERNAL_ERROR, report.exitCode());
    assertEquals("newsgraph: " + ErrorReporter.OUT_OF_MEMORY, report.line());
  }

  @Test
  void anythingElseIsAnInternalError() {
    ErrorReporter.Report report = ErrorReporter.report(new IllegalStateException("boom"));
    assertEquals(ExitCodes.INTERNAL_ERROR, report.exitCode());
    assertEquals(
        "newsgraph: internal error: java.lang.IllegalStateException: boom; please report"
            + " it with the stack trace (--verbose)",
        report.line());
  }
}

package org.newsgraph.cli;

import java.io.PrintStream;
import org.newsgraph.pipeline.PipelineException;
import org.newsgraph.store.InvalidQueryException;
import org.newsgraph.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on stderr and an exit code ({@link
 * ExitCodes}); the stack trace is printed only with {@code --verbose}.
 */
final class ErrorReporter implements IExecutionExceptionHandler {

  /** What to say when the JVM runs out of heap. */
  static final String OUT_OF_MEMORY =
      "the Java heap is too small (out of memory); give more, e.g. NEWSGRAPH_HEAP=8g ./newsgraph"
          + " ..., or build with fewer --threads";

  private final PrintStream err;

  ErrorReporter(PrintStream err) {
    this.err = err;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parseResult) {
    if (isVerbose(parseResult)) {
      e.printStackTrace(err);
    }
    Report report = report(e);
    err.println(report.line());
    if (report.exitCode() == ExitCodes.INTERNAL_ERROR && !isVerbose(parseResult)) {
      err.println("newsgraph: rerun with --verbose to see the stack trace");
    }
    return report.exitCode();
  }

  /** The line to print and the exit code for an exception. */
  static Report report(Throwable e) {
    if (e instanceof CliException failure) {
      return new Report(failure.line(), failure.exitCode());
    }
    if (e instanceof PipelineException failure) {
      return new Report(
          "newsgraph: " + failure.subject() + ": " + failure.getMessage(),
          ExitCodes.of(failure.kind()));
    }
    if (e instanceof InvalidQueryException invalid) {
      return new Report("newsgraph: " + invalid.getMessage(), ExitCodes.INVALID_QUERY);
    }
    if (e instanceof StoreException store) {
      return new Report("newsgraph: " + store.getMessage(), ExitCodes.STORE_UNUSABLE);
    }
    if (causedByOutOfMemory(e)) {
      return new Report("newsgraph: " + OUT_OF_MEMORY, ExitCodes.INTERNAL_ERROR);
    }
    return new Report(
        "newsgraph: internal error: "
            + firstLine(e)
            + "; please report it with the stack trace (--verbose)",
        ExitCodes.INTERNAL_ERROR);
  }

  /** The exception's class and the first line of its message. */
  private static String firstLine(Throwable e) {
    String message = e.getMessage() == null ? "" : e.getMessage().strip();
    String line = message.lines().findFirst().orElse("");
    return e.getClass().getName() + (line.isEmpty() ? "" : ": " + line);
  }

  private static boolean causedByOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** Whether the user asked for stack traces, on whichever subcommand ran. */
  static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param line the one line for stderr
   * @param exitCode the exit code
   */
  record Report(String line, int exitCode) {}
}

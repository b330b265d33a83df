package org.newsgraph.pipeline;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a command writes: {@code out} for data, {@code err} for diagnostics and progress.
 *
 * @param out data only (query results, exports, info)
 * @param err messages, progress and errors
 * @param errIsTerminal whether {@code err} is a terminal, so that progress can be redrawn in place
 */
public record Streams(PrintStream out, PrintStream err, boolean errIsTerminal) {

  /** The launcher sets this environment variable to 1 when stderr is a terminal. */
  public static final String STDERR_TTY_VARIABLE = "NEWSGRAPH_STDERR_TTY";

  /** The process's stdout (buffered) and stderr, both UTF-8. */
  public static Streams system() {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return new Streams(out, err, stderrIsTerminal());
  }

  /**
   * Java cannot ask whether stderr alone is a terminal: the launcher tells through {@value
   * #STDERR_TTY_VARIABLE}; without it, a console (stdin and stdout on a terminal) is the best
   * guess.
   */
  @SuppressWarnings("SystemConsoleNull") // JDK 17, the runtime this is built for, returns null
  private static boolean stderrIsTerminal() {
    String told = System.getenv(STDERR_TTY_VARIABLE);
    return told != null ? told.equals("1") : System.console() != null;
  }
}

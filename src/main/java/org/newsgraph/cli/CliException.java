package org.newsgraph.cli;

/**
 * A failure the user can act on: reported as {@code newsgraph: <subject>: <message>} with an exit
 * code, without a stack trace unless {@code --verbose} is given.
 */
final class CliException extends RuntimeException {

  private final int exitCode;
  private final String subject;

  /**
   * @param exitCode one of {@link ExitCodes}
   * @param subject what the message is about: a file, the store folder, an option
   * @param message what is wrong and what to do, e.g. {@code "no such file; check the path"}
   * @param cause the underlying exception, shown with {@code --verbose}; may be null
   */
  CliException(int exitCode, String subject, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.subject = subject;
  }

  CliException(int exitCode, String subject, String message) {
    this(exitCode, subject, message, null);
  }

  int exitCode() {
    return exitCode;
  }

  /** The one line for stderr. */
  String line() {
    return "newsgraph: " + subject + ": " + getMessage();
  }
}

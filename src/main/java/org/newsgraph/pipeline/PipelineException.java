package org.newsgraph.pipeline;

/**
 * A failure of a build (or of the benchmark's builds) that the user can act on: what it is about (a
 * file, the store, a document id), what is wrong and what to do, and which kind of failure it is.
 * The command line maps the {@link Kind} to an exit code.
 */
public final class PipelineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The kinds of failure, each with its own exit code on the command line. */
  public enum Kind {
    /** An input cannot be used (missing, unreadable, not UTF-8, empty). */
    BAD_INPUT,
    /** The store cannot be used or written (locked, not a store, settings this version lacks). */
    STORE_UNUSABLE,
    /** An output file or folder cannot be written. */
    OUTPUT_FAILED,
    /** A build the benchmark ran failed. */
    BUILD_FAILED,
    /** The built graph does not conform to the shapes of the graph model (a newsgraph bug). */
    INVALID_GRAPH
  }

  private final Kind kind;
  private final String subject;

  /**
   * @param kind the kind of failure
   * @param subject what the message is about: a file, the store folder, a document id
   * @param message what is wrong and what to do, e.g. {@code "no such file; check the path"}
   * @param cause the underlying exception, shown with {@code --verbose}; may be null
   */
  public PipelineException(Kind kind, String subject, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.subject = subject;
  }

  /** A failure with no underlying exception. */
  public PipelineException(Kind kind, String subject, String message) {
    this(kind, subject, message, null);
  }

  /** The kind of failure. */
  public Kind kind() {
    return kind;
  }

  /** What the failure is about. */
  public String subject() {
    return subject;
  }
}

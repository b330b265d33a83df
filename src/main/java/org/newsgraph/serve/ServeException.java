package org.newsgraph.serve;

/** The server cannot start or run; the message says why and what to do. */
public class ServeException extends RuntimeException {

  /** A server problem with a message for the user. */
  public ServeException(String message) {
    super(message);
  }

  /** A server problem with a message for the user and the underlying cause. */
  public ServeException(String message, Throwable cause) {
    super(message, cause);
  }
}

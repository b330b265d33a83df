package org.newsgraph.serve;

/**
 * The text sent to {@code POST /ingest} cannot become a document (not UTF-8, binary, empty); the
 * message says what is wrong and what to do, and the client gets it with HTTP 400.
 */
public class IngestRejectedException extends RuntimeException {

  /** A refusal with a message for the client. */
  public IngestRejectedException(String message) {
    super(message);
  }
}

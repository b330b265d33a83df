package org.newsgraph.ingest;

/**
 * An input file cannot become a document; the message says what is wrong and what to do, without
 * naming the file (the caller adds it).
 */
final class InputRejectedException extends Exception {

  InputRejectedException(String message) {
    super(message);
  }
}

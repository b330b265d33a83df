package org.newsgraph.serve;

/**
 * Adds one document to the store a {@link NewsgraphServer} serves, for {@code POST /ingest}. The
 * server checks the request (loopback client, text/plain body, a well-formed id) and calls {@link
 * #ingest} on the request's thread, for several requests at once: the implementation must be
 * thread-safe and serialise what must be (the store write). It reads the text, rebuilds the graph
 * and writes the store in one write transaction, so queries keep running meanwhile and see either
 * the old or the new graph.
 */
@FunctionalInterface
public interface DocumentIngestor {

  /**
   * Adds the document, or replaces the stored document with the same id.
   *
   * @param documentId the document's id, already checked by {@link DocumentIds#check}
   * @param text the request body: the article as UTF-8 text
   * @return what the store holds afterwards
   * @throws IngestRejectedException when the text cannot be used (not UTF-8, binary, empty); the
   *     store is unchanged
   */
  IngestOutcome ingest(String documentId, byte[] text);
}

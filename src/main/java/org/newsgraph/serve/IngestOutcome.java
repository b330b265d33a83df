package org.newsgraph.serve;

import java.util.Objects;

/**
 * What one {@code POST /ingest} did, sent back to the client as JSON.
 *
 * @param documentId the id of the document that was added or replaced
 * @param replaced whether a document with that id was already stored (and was replaced)
 * @param documents how many documents the store holds afterwards
 * @param entities how many entities the store holds afterwards
 * @param facts how many facts the store holds afterwards
 * @param triples how many triples the store holds afterwards
 * @param milliseconds how long the addition took, from reading the text to the committed store
 */
public record IngestOutcome(
    String documentId,
    boolean replaced,
    long documents,
    long entities,
    long facts,
    long triples,
    long milliseconds) {
  public IngestOutcome {
    Objects.requireNonNull(documentId, "documentId");
  }
}

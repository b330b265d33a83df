package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.ingest.SourceDocument;

/**
 * Everything the annotate stage learned about one document, in plain records. CoreNLP types never
 * leave the annotate package; this record is what the later stages see, and what the annotation
 * cache stores.
 *
 * @param document the document as ingested
 * @param sentences the sentences in order
 * @param mentions the named-entity mentions in document order
 * @param candidates relation candidates from KBP and from pattern rules
 */
public record AnnotatedDocument(
    SourceDocument document,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<RelationCandidate> candidates) {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    candidates = List.copyOf(candidates);
  }
}

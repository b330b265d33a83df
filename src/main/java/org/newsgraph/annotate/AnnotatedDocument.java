package org.newsgraph.annotate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Serializable;
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
 * @param corefLinks pronouns and descriptions with the name CoreNLP's coreference gave them, in
 *     document order; empty unless the pipeline ran coreference. Left out of the JSON when empty,
 *     so that annotations without coreference keep the cached form they had before the field
 *     existed (and read back with an empty list).
 */
public record AnnotatedDocument(
    SourceDocument document,
    List<Sentence> sentences,
    List<Mention> mentions,
    List<RelationCandidate> candidates,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<CorefLink> corefLinks)
    implements Serializable {
  public AnnotatedDocument {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    candidates = List.copyOf(candidates);
    corefLinks = corefLinks == null ? List.of() : List.copyOf(corefLinks);
  }

  /** A document without coreference links. */
  public AnnotatedDocument(
      SourceDocument document,
      List<Sentence> sentences,
      List<Mention> mentions,
      List<RelationCandidate> candidates) {
    this(document, sentences, mentions, candidates, List.of());
  }

  /** The same annotations with other relation candidates. */
  public AnnotatedDocument withCandidates(List<RelationCandidate> newCandidates) {
    return new AnnotatedDocument(document, sentences, mentions, newCandidates, corefLinks);
  }
}

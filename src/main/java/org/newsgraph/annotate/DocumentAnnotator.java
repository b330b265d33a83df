package org.newsgraph.annotate;

import org.newsgraph.ingest.SourceDocument;

/**
 * Turns a document into linguistic annotations. The CoreNLP implementation loads its models once
 * when constructed; {@link #annotate} is safe to call from several threads.
 */
public interface DocumentAnnotator extends AutoCloseable {

  /** Annotates one document: sentences, tokens, dependencies, NER mentions, KBP candidates. */
  AnnotatedDocument annotate(SourceDocument document);

  /**
   * A stable description of the settings that shape the output (annotators, options, versions):
   * part of the annotation cache key.
   */
  String fingerprint();

  @Override
  default void close() {}
}

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
   * Annotates one document, telling the listener about each piece when the document is long enough
   * to be annotated in pieces ({@link TextPieces}). The default ignores the listener.
   */
  default AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
    return annotate(document);
  }

  /**
   * A stable description of the settings that shape the output (annotators, options, versions):
   * part of the annotation cache key.
   */
  String fingerprint();

  /**
   * The fingerprint of this document's annotations: {@link #fingerprint()} unless the document's
   * length changes how it is annotated (pieces). Part of the annotation cache key.
   */
  default String fingerprint(SourceDocument document) {
    return fingerprint();
  }

  @Override
  default void close() {}
}

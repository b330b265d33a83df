package org.newsgraph.cli;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PieceListener;
import org.newsgraph.ingest.SourceDocument;

/**
 * CoreNLP for the integration tests that build with it: one pipeline per settings for the whole
 * test JVM, however many builds and test classes need it. A build closes its annotator; the
 * annotator handed out here leaves the shared pipeline open.
 */
final class SharedCoreNlp {

  private static final Map<AnnotatorSettings, DocumentAnnotator> PIPELINES =
      new ConcurrentHashMap<>();

  private SharedCoreNlp() {}

  /** An annotator over the shared pipeline of these settings, loaded on first use. */
  static DocumentAnnotator annotator(AnnotatorSettings settings) {
    DocumentAnnotator pipeline = PIPELINES.computeIfAbsent(settings, CoreNlpAnnotator::load);
    return new DocumentAnnotator() {
      @Override
      public AnnotatedDocument annotate(SourceDocument document) {
        return pipeline.annotate(document);
      }

      @Override
      public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
        return pipeline.annotate(document, pieces);
      }

      @Override
      public String fingerprint() {
        return pipeline.fingerprint();
      }

      @Override
      public String fingerprint(SourceDocument document) {
        return pipeline.fingerprint(document);
      }
    };
  }
}

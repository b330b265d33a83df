package org.newsgraph.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CoreNlpAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PieceListener;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.ingest.SourceDocument;

/**
 * The annotator loader of one benchmarked build: loads the real annotator through the normal loader
 * and measures it — how long the loading took, how many tokens it produced and, for CoreNLP, the
 * time of each annotator.
 */
final class MeasuringAnnotatorLoader implements Function<AnnotatorSettings, DocumentAnnotator> {

  private final Function<AnnotatorSettings, DocumentAnnotator> loader;
  private final AtomicLong tokens = new AtomicLong();
  private volatile long loadNanos;
  private volatile DocumentAnnotator loaded;

  /**
   * @param loader the loader a normal build uses
   */
  MeasuringAnnotatorLoader(Function<AnnotatorSettings, DocumentAnnotator> loader) {
    this.loader = loader;
  }

  @Override
  public DocumentAnnotator apply(AnnotatorSettings settings) {
    long start = System.nanoTime();
    DocumentAnnotator annotator = loader.apply(settings);
    loadNanos = System.nanoTime() - start;
    loaded = annotator;
    return new Counting(annotator);
  }

  /** Wall time of the loading; 0 when nothing was loaded (every document was cached). */
  long loadNanos() {
    return loadNanos;
  }

  /** Tokens in the documents annotated so far. */
  long tokens() {
    return tokens.get();
  }

  /** CoreNLP's time per annotator; {@link PipelineTimings#NONE} unless CoreNLP was loaded. */
  PipelineTimings timings() {
    return loaded instanceof CoreNlpAnnotator coreNlp ? coreNlp.timings() : PipelineTimings.NONE;
  }

  /** Passes documents to the real annotator and counts the tokens that come back. */
  private final class Counting implements DocumentAnnotator {
    private final DocumentAnnotator annotator;

    Counting(DocumentAnnotator annotator) {
      this.annotator = annotator;
    }

    @Override
    public AnnotatedDocument annotate(SourceDocument document) {
      return annotate(document, PieceListener.NONE);
    }

    @Override
    public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
      AnnotatedDocument annotated = annotator.annotate(document, pieces);
      tokens.addAndGet(annotated.sentences().stream().mapToLong(s -> s.tokens().size()).sum());
      return annotated;
    }

    @Override
    public String fingerprint() {
      return annotator.fingerprint();
    }

    @Override
    public String fingerprint(SourceDocument document) {
      return annotator.fingerprint(document);
    }

    @Override
    public void close() {
      annotator.close();
    }
  }
}

package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Objects;
import org.newsgraph.ingest.SourceDocument;

/**
 * The CoreNLP implementation of {@link DocumentAnnotator}: tokens, sentences, fine-grained NER,
 * enhanced++ dependencies and KBP relation triples (coreference optional). The models are loaded
 * once by {@link #load(AnnotatorSettings)}; {@link #annotate} may then be called from several
 * threads on the same instance.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {

  private final AnnotatorSettings settings;
  private final StanfordCoreNLP pipeline;

  private CoreNlpAnnotator(AnnotatorSettings settings, StanfordCoreNLP pipeline) {
    this.settings = settings;
    this.pipeline = pipeline;
  }

  /**
   * Loads the CoreNLP models (10-25 s, 1.5 GB of heap), on two threads when {@link
   * AnnotatorSettings#parallelLoad()} is set and the machine has more than one processor.
   *
   * @throws IllegalStateException when the models cannot be loaded
   */
  public static CoreNlpAnnotator load(AnnotatorSettings settings) {
    Objects.requireNonNull(settings, "settings");
    CoreNlpLogging.configure(settings.verbose());
    try {
      StanfordCoreNLP pipeline =
          settings.parallelLoad()
              ? ParallelPipelineLoader.load(settings.toProperties())
              : new StanfordCoreNLP(settings.toProperties());
      return new CoreNlpAnnotator(settings, pipeline);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "Could not load the CoreNLP pipeline ("
              + settings.annotators()
              + "): "
              + e.getMessage()
              + ". Check that the stanford-corenlp models jar is on the classpath and that the"
              + " JVM has enough heap (-Xmx3g or more).",
          e);
    }
  }

  /** The settings this pipeline was loaded with. */
  public AnnotatorSettings settings() {
    return settings;
  }

  @Override
  public AnnotatedDocument annotate(SourceDocument document) {
    return annotate(document, PieceListener.NONE);
  }

  /**
   * Annotates the document whole, or, when its text is longer than {@link
   * AnnotatorSettings#pieceChars()}, piece by piece with this same pipeline ({@link
   * PieceAnnotation}), telling the listener before each piece.
   */
  @Override
  public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
    if (settings.inPieces(document)) {
      return PieceAnnotation.annotate(document, settings.pieceChars(), pieces, this::annotateWhole);
    }
    return annotateWhole(document);
  }

  private AnnotatedDocument annotateWhole(SourceDocument document) {
    Annotation annotation = new Annotation(document.text());
    pipeline.annotate(annotation);
    return new AnnotationConverter(document, annotation).convert();
  }

  /**
   * CoreNLP's time per annotator over every document this annotator has annotated so far, summed
   * over threads (for the benchmark).
   */
  public PipelineTimings timings() {
    return PipelineTimings.of(pipeline);
  }

  @Override
  public String fingerprint() {
    return settings.fingerprint();
  }

  @Override
  public String fingerprint(SourceDocument document) {
    return settings.fingerprint(document);
  }

  /**
   * Lets the models go: CoreNLP's process-wide annotator cache is emptied ({@link
   * CoreNlpModels#release()}), so once this instance is unreachable its 1.5-2 GB can be collected
   * cheaply (a full collection, such as the one TDB2 asks for when a store is closed, then has
   * little live data to move).
   */
  @Override
  public void close() {
    CoreNlpModels.release();
  }
}

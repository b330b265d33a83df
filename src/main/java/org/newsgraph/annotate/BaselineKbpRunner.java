package org.newsgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.newsgraph.annotate.BatchAnnotator.ProgressListener;
import org.newsgraph.ingest.SourceDocument;

/**
 * The pipeline a user would run without newsgraph, for the benchmark: plain CoreNLP with its
 * default KBP annotators ({@value #ANNOTATORS}) and otherwise default settings, annotating the same
 * document texts with CoreNLP's own multi-threading. Only annotation is timed: nothing is converted
 * or written, which favours the baseline.
 */
public final class BaselineKbpRunner {

  /** CoreNLP's KBP annotators with their default prerequisites. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,coref,kbp";

  /**
   * What one baseline run measured.
   *
   * @param loadNanos wall time to load the models
   * @param annotateNanos wall time to annotate every document
   * @param documents documents annotated
   * @param tokens tokens CoreNLP produced
   * @param kbpTriples relation triples KBP found
   * @param timings time per annotator, summed over threads
   */
  public record Result(
      long loadNanos,
      long annotateNanos,
      int documents,
      long tokens,
      long kbpTriples,
      PipelineTimings timings) {}

  private final int threads;

  /**
   * @param threads how many documents CoreNLP annotates at once, at least 1
   */
  public BaselineKbpRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1; got " + threads);
    }
    this.threads = threads;
  }

  /** The CoreNLP properties of the baseline: the annotators, nothing else. */
  public static Properties properties() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    return properties;
  }

  /**
   * Loads the baseline pipeline (after emptying CoreNLP's model cache, so that the load is not
   * shortened by models an earlier pipeline loaded), annotates the documents and releases the
   * models again.
   *
   * @param listener told about each finished document (from CoreNLP's worker threads)
   * @throws IllegalStateException when the models cannot be loaded or a document fails
   */
  public Result run(List<SourceDocument> documents, ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    CoreNlpLogging.configure(false);
    CoreNlpModels.release();
    try {
      long start = System.nanoTime();
      StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
      long loaded = System.nanoTime();
      List<Annotation> annotations = annotations(documents);
      annotate(pipeline, annotations, listener);
      long done = System.nanoTime();
      return new Result(
          loaded - start,
          done - loaded,
          annotations.size(),
          tokens(annotations),
          kbpTriples(annotations),
          PipelineTimings.of(pipeline));
    } finally {
      CoreNlpModels.release();
    }
  }

  private static List<Annotation> annotations(List<SourceDocument> documents) {
    List<Annotation> annotations = new ArrayList<>(documents.size());
    for (SourceDocument document : documents) {
      Annotation annotation = new Annotation(document.text());
      annotation.set(CoreAnnotations.DocIDAnnotation.class, document.id());
      annotations.add(annotation);
    }
    return annotations;
  }

  private void annotate(
      StanfordCoreNLP pipeline, List<Annotation> annotations, ProgressListener listener) {
    int total = annotations.size();
    AtomicInteger finished = new AtomicInteger();
    Consumer<Annotation> done =
        annotation ->
            listener.finished(
                finished.incrementAndGet(),
                total,
                annotation.get(CoreAnnotations.DocIDAnnotation.class));
    if (threads == 1) {
      annotations.forEach(annotation -> pipeline.annotate(annotation, done));
    } else {
      pipeline.annotate(annotations, threads, done);
    }
  }

  private static long tokens(List<Annotation> annotations) {
    long count = 0;
    for (Annotation annotation : annotations) {
      List<?> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
      count += tokens == null ? 0 : tokens.size();
    }
    return count;
  }

  private static long kbpTriples(List<Annotation> annotations) {
    long count = 0;
    for (Annotation annotation : annotations) {
      List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
      for (CoreMap sentence : sentences == null ? List.<CoreMap>of() : sentences) {
        List<?> triples = sentence.get(CoreAnnotations.KBPTriplesAnnotation.class);
        count += triples == null ? 0 : triples.size();
      }
    }
    return count;
  }
}

package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a {@link StanfordCoreNLP} pipeline, loading its heaviest models on two threads first.
 * CoreNLP keeps every annotator it constructs in its own process-wide cache, keyed by annotator
 * name and properties; two partial pipelines (tokenize..ner, and depparse+kbp) built at the same
 * time (then coref, when asked for) fill that cache, and the full pipeline built afterwards takes
 * the loaded annotators from it. The result is the same pipeline as {@code new
 * StanfordCoreNLP(properties)}, sooner.
 */
final class ParallelPipelineLoader {

  private static final String FIRST_GROUP = "tokenize,ssplit,pos,lemma,ner";
  private static final String SECOND_GROUP = "depparse,kbp";
  private static final String COREF_GROUP = "coref";

  private ParallelPipelineLoader() {}

  static StanfordCoreNLP load(Properties properties) {
    String annotators = properties.getProperty("annotators", "");
    boolean worthIt =
        Runtime.getRuntime().availableProcessors() > 1
            && annotators.startsWith(FIRST_GROUP)
            && annotators.contains("depparse")
            && annotators.contains("kbp");
    if (worthIt) {
      preload(properties);
    }
    return new StanfordCoreNLP(properties);
  }

  private static void preload(Properties properties) {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<String> groups = new ArrayList<>(List.of(FIRST_GROUP, SECOND_GROUP));
      if (properties.getProperty("annotators").contains(COREF_GROUP)) {
        groups.add(COREF_GROUP);
      }
      List<Future<?>> loads = new ArrayList<>();
      for (String group : groups) {
        loads.add(pool.submit(() -> partialPipeline(properties, group)));
      }
      for (Future<?> load : loads) {
        await(load);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static StanfordCoreNLP partialPipeline(Properties properties, String annotators) {
    Properties partial = new Properties();
    partial.putAll(properties);
    partial.setProperty("annotators", annotators);
    return new StanfordCoreNLP(partial, false);
  }

  private static void await(Future<?> load) {
    try {
      load.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while loading the CoreNLP models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(String.valueOf(e.getCause().getMessage()), e.getCause());
    }
  }
}

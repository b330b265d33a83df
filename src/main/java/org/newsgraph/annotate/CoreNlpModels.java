package org.newsgraph.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * CoreNLP's process-wide cache of loaded annotators (models). CoreNLP keeps every annotator it
 * loads, keyed by name and settings, and hands the same instance to every later pipeline that asks
 * for it; the benchmark empties the cache between measurements so that each one pays its own model
 * loading and the memory of the previous one can be collected.
 */
public final class CoreNlpModels {

  private CoreNlpModels() {}

  /**
   * Forgets every loaded annotator. Pipelines already built keep working; the next pipeline built
   * loads its models again. Not for use while a build is running.
   */
  @SuppressWarnings("LockOnNonEnclosingClassLiteral") // the lock CoreNLP's own pool uses
  public static void release() {
    // what StanfordCoreNLP.clearAnnotatorPool() does, without its warning on the console
    synchronized (StanfordCoreNLP.class) {
      StanfordCoreNLP.GLOBAL_ANNOTATOR_CACHE.clear();
    }
  }
}

package org.newsgraph.bench;

import java.util.Map;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.pipeline.BuildStage;

/**
 * What the benchmark measured for one configuration (a build, or the plain CoreNLP baseline).
 *
 * @param name what was run, e.g. {@code build} or {@code plain CoreNLP KBP}
 * @param kind which kind of run
 * @param threads documents annotated at once
 * @param documents documents in the corpus
 * @param tokens tokens in the corpus, as CoreNLP counts them
 * @param wallNanos wall time of the whole run, model loading included
 * @param cpuNanos CPU time the process used during the run (all threads; JIT and GC included)
 * @param modelLoadNanos wall time spent loading CoreNLP's models; 0 when they were not loaded
 * @param stageNanos wall time per build stage (empty for the baseline); {@link BuildStage#ANNOTATE}
 *     includes the model loading
 * @param annotators CoreNLP's time per annotator, summed over threads ({@link PipelineTimings#NONE}
 *     when CoreNLP did not run)
 * @param heap the heap the run needed
 * @param loadAverage the machine's one-minute load average at the end of the run (other processes
 *     included); above the processor count the figures are slowed by other work
 */
record BenchMeasurement(
    String name,
    Kind kind,
    int threads,
    int documents,
    long tokens,
    long wallNanos,
    long cpuNanos,
    long modelLoadNanos,
    Map<BuildStage, Long> stageNanos,
    PipelineTimings annotators,
    HeapPeak heap,
    double loadAverage) {

  /** The kinds of run. */
  enum Kind {
    /** {@code newsgraph build} into an empty store: every document annotated. */
    BUILD,
    /** {@code newsgraph build} again of the same, unchanged corpus: annotations from the cache. */
    CACHED_REBUILD,
    /**
     * The same rebuild as {@link #CACHED_REBUILD}, but run as {@code newsgraph build} in a new JVM,
     * as a user runs it: only the wall time is known.
     */
    CACHED_REBUILD_NEW_JVM,
    /**
     * {@code newsgraph build} into an empty store with a given thread count, after the first build
     * (so that the compared builds both run in a warmed-up JVM).
     */
    THREAD_COMPARISON,
    /** Plain CoreNLP with its default KBP annotators, annotation only. */
    BASELINE
  }

  /** Copies the map. */
  BenchMeasurement {
    stageNanos = Map.copyOf(stageNanos);
  }

  /** Whether the run was measured inside this JVM: stages, CPU time and heap are known. */
  boolean inProcess() {
    return kind != Kind.CACHED_REBUILD_NEW_JVM;
  }

  /** Whether the build reported the stage (a stage the build does not run is not reported). */
  boolean timed(BuildStage stage) {
    return stageNanos.containsKey(stage);
  }

  /** Wall time of a stage, 0 when it was not timed. */
  long stage(BuildStage stage) {
    return stageNanos.getOrDefault(stage, 0L);
  }

  /**
   * Wall time spent annotating, model loading excluded: CoreNLP itself for a cold build or the
   * baseline (with the conversion to records and the cache writes for a build), cache reads for a
   * cached rebuild.
   */
  long annotateNanos() {
    if (!inProcess()) {
      return 0;
    }
    if (kind == Kind.BASELINE) {
      return wallNanos - modelLoadNanos;
    }
    return Math.max(0, stage(BuildStage.ANNOTATE) - modelLoadNanos);
  }

  /**
   * Wall time of everything but annotation and model loading: reading inputs, the pattern rules,
   * resolve, extract, graph, store, and what lies between them. 0 for the baseline and for a run in
   * another JVM.
   */
  long ownNanos() {
    if (kind == Kind.BASELINE || !inProcess()) {
      return 0;
    }
    return Math.max(0, wallNanos - stage(BuildStage.ANNOTATE));
  }

  /** Wall time of the run without model loading: the time that grows with the corpus. */
  long processingNanos() {
    return wallNanos - modelLoadNanos;
  }

  /** Documents per second of wall time, model loading included. */
  double documentsPerSecond() {
    return perSecond(documents, wallNanos);
  }

  /** Tokens per second of wall time, model loading included. */
  double tokensPerSecond() {
    return perSecond(tokens, wallNanos);
  }

  /** Documents per second of wall time, model loading excluded. */
  double documentsPerProcessingSecond() {
    return perSecond(documents, processingNanos());
  }

  /** Tokens per second of wall time, model loading excluded. */
  double tokensPerProcessingSecond() {
    return perSecond(tokens, processingNanos());
  }

  private static double perSecond(long count, long nanos) {
    return nanos <= 0 ? 0 : count / (nanos / 1e9);
  }
}

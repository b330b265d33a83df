package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What one run of the benchmark measures, checked by the command line.
 *
 * @param corpus {@value BenchCorpus#SEEDS}, {@value BenchCorpus#LARGE} or a folder of articles
 * @param seeds the seed articles (for the seeds corpus and as the source of the large one)
 * @param docs how many documents to generate, or to take from the seeds or the folder; empty for
 *     the default
 * @param threads threads of the main build and of plain CoreNLP, at least 1
 * @param rebuild also time a second build of the unchanged corpus
 * @param rebuildNewJvm also time that rebuild in a new JVM (needs {@code rebuild})
 * @param threadsCompare also build with 1 and then 2 threads
 * @param baseline also time plain CoreNLP's default KBP pipeline
 * @param verbose show CoreNLP's own messages
 */
public record BenchPlan(
    String corpus,
    Path seeds,
    Optional<Integer> docs,
    int threads,
    boolean rebuild,
    boolean rebuildNewJvm,
    boolean threadsCompare,
    boolean baseline,
    boolean verbose) {

  /** The name of the seed corpus. */
  public static final String SEEDS = BenchCorpus.SEEDS;

  /** Articles in the generated corpus unless {@code docs} says otherwise. */
  public static final int LARGE_CORPUS_SIZE = 100;

  /** Checks the plan. */
  public BenchPlan {
    if (docs.isPresent() && docs.get() < 1) {
      throw new IllegalArgumentException("--docs must be at least 1; got " + docs.get());
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1; got " + threads);
    }
  }
}

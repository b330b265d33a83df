package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What the growth benchmark measures ({@code newsgraph bench --growth}): for each corpus size, a
 * build of that many generated documents into an empty store, then one new document added to that
 * store; and that new document built alone into an empty store, to compare with.
 *
 * @param seeds the articles the corpora are generated from
 * @param sizes the corpus sizes, strictly increasing, each at least 1
 * @param threads threads of every build, at least 1
 * @param newJvm whether the one-document builds run as a user runs them, each in a new JVM (JVM
 *     start-up and model loading included), rather than in the benchmark's JVM
 * @param verbose show CoreNLP's own messages
 */
public record GrowthPlan(
    Path seeds, List<Integer> sizes, int threads, boolean newJvm, boolean verbose) {

  /** The sizes of issue 15's targets. */
  public static final List<Integer> DEFAULT_SIZES = List.of(100, 500);

  /** Checks the plan and copies the list. */
  public GrowthPlan {
    sizes = List.copyOf(sizes);
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("--growth needs at least one corpus size, e.g. 100,500");
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) < 1) {
        throw new IllegalArgumentException(
            "--growth sizes must be at least 1; got " + sizes.get(i));
      }
      if (i > 0 && sizes.get(i) <= sizes.get(i - 1)) {
        throw new IllegalArgumentException(
            "--growth sizes must increase, e.g. 100,500; got " + sizes);
      }
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1; got " + threads);
    }
  }

  /** The largest corpus. */
  int largest() {
    return sizes.get(sizes.size() - 1);
  }
}

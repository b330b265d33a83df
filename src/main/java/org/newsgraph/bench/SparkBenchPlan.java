package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@code newsgraph bench --engine spark} measures.
 *
 * @param seeds the seed articles the corpus is generated from
 * @param documents the corpus of the throughput comparison (articles generated from the seeds)
 * @param sizes the corpus sizes at which the corpus-wide stages are timed, increasing
 * @param verbose CoreNLP's own messages
 */
public record SparkBenchPlan(Path seeds, int documents, List<Integer> sizes, boolean verbose) {

  /** The corpus of the throughput target of issue 14. */
  public static final int DEFAULT_DOCUMENTS = 200;

  /** The sizes of issue 14's growth curve. */
  public static final List<Integer> DEFAULT_SIZES = List.of(50, 100, 200, 400);

  /** Checks the sizes. */
  public SparkBenchPlan {
    Objects.requireNonNull(seeds, "seeds");
    sizes = List.copyOf(sizes);
    if (documents < 1) {
      throw new IllegalArgumentException("--docs must be at least 1; got " + documents);
    }
    for (int i = 0; i < sizes.size(); i++) {
      if (sizes.get(i) < 1 || (i > 0 && sizes.get(i) <= sizes.get(i - 1))) {
        throw new IllegalArgumentException("--sizes must be positive and increasing; got " + sizes);
      }
    }
  }

  /** The most documents any measurement needs. */
  int largest() {
    return Math.max(documents, sizes.isEmpty() ? 0 : sizes.get(sizes.size() - 1));
  }
}

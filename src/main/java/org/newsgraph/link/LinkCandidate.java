package org.newsgraph.link;

import java.util.Comparator;

/**
 * One article a surface form may name.
 *
 * @param title English Wikipedia article title with underscores
 * @param score P(title | surface) from the dictionary, in [0, 1]
 */
record LinkCandidate(String title, double score) {

  /** Highest score first, then by title, so that lists have one order. */
  static final Comparator<LinkCandidate> BEST_FIRST =
      Comparator.comparingDouble(LinkCandidate::score)
          .reversed()
          .thenComparing(LinkCandidate::title);
}

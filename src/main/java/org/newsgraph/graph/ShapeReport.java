package org.newsgraph.graph;

import java.util.List;

/**
 * The outcome of checking a graph against {@link GraphShapes}.
 *
 * @param triples how many triples were checked
 * @param violations what does not conform, sorted by focus node
 */
public record ShapeReport(long triples, List<ShapeViolation> violations) {

  /** Copies the list. */
  public ShapeReport {
    violations = List.copyOf(violations);
  }

  /** Whether the graph conforms. */
  public boolean conforms() {
    return violations.isEmpty();
  }
}

package org.newsgraph.export;

import java.util.Objects;

/**
 * An asserted fact between two entities as an edge of the entity-level graph.
 *
 * @param id the fact node's IRI
 * @param source the subject entity's IRI
 * @param target the object entity's IRI
 * @param relation the relation's local name, e.g. {@code employer}
 * @param confidence the fact's confidence in [0, 1]
 * @param supportCount the number of distinct sentences that support it
 */
public record FactEdge(
    String id, String source, String target, String relation, double confidence, int supportCount) {
  public FactEdge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(relation, "relation");
  }
}

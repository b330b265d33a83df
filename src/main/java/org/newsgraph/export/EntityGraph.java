package org.newsgraph.export;

import java.util.Comparator;
import java.util.List;

/**
 * The entity-level view of a store that graph viewers show: entities as nodes, asserted facts
 * between entities as directed edges. Nodes are sorted by IRI, edges by source, relation, target:
 * the same store always gives the same graph, in the same order.
 *
 * @param nodes the entities
 * @param edges the asserted facts between them
 */
public record EntityGraph(List<EntityNode> nodes, List<FactEdge> edges) {

  private static final Comparator<FactEdge> EDGE_ORDER =
      Comparator.comparing(FactEdge::source)
          .thenComparing(FactEdge::relation)
          .thenComparing(FactEdge::target)
          .thenComparing(FactEdge::id);

  /** Sorts the nodes and edges into their canonical order. */
  public EntityGraph {
    nodes = nodes.stream().sorted(Comparator.comparing(EntityNode::id)).toList();
    edges = edges.stream().sorted(EDGE_ORDER).toList();
  }
}

package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Map;

/**
 * Disjoint sets of string nodes (union-find with path compression). The smaller id of two joined
 * sets becomes the root, so the roots do not depend on the order of the joins.
 */
final class NodeSets {

  private final Map<String, String> parent = new HashMap<>();

  /** The root of the node's set; a new node is its own set. */
  String find(String node) {
    String root = parent.computeIfAbsent(node, n -> n);
    if (!root.equals(node)) {
      root = find(root);
      parent.put(node, root);
    }
    return root;
  }

  /** Joins two nodes; the smaller id becomes the root, so results do not depend on order. */
  void union(String a, String b) {
    String rootA = find(a);
    String rootB = find(b);
    if (!rootA.equals(rootB)) {
      if (rootA.compareTo(rootB) < 0) {
        parent.put(rootB, rootA);
      } else {
        parent.put(rootA, rootB);
      }
    }
  }
}

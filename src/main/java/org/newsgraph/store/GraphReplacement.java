package org.newsgraph.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * Makes a dataset's named graphs those of other contents, writing only the graphs that differ: a
 * graph of the same name with the same triples is kept as it is, a graph that is no longer there is
 * deleted, a new or changed graph is written whole. A build that adds one document to a large store
 * rewrites that document's graph and the graphs it changes, not every graph. Run inside the
 * caller's write transaction. Graphs with blank nodes always count as changed (blank nodes of two
 * datasets never compare equal), which only costs the rewrite.
 */
final class GraphReplacement {

  private GraphReplacement() {}

  /**
   * Replaces the target's named graphs with the contents' named graphs.
   *
   * @return whether anything in the target changed
   */
  static boolean replace(DatasetGraph target, DatasetGraph contents) {
    Set<Node> names = names(contents);
    boolean changed = false;
    for (Node stored : listNames(target)) {
      if (!names.contains(stored)) {
        target.deleteAny(stored, Node.ANY, Node.ANY, Node.ANY);
        changed = true;
      }
    }
    for (Node name : names) {
      List<Quad> fresh = new ArrayList<>();
      contents.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(fresh::add);
      if (!holdsExactly(target, name, fresh)) {
        target.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        fresh.forEach(target::add);
        changed = true;
      }
    }
    return changed;
  }

  /** Whether the target's graph of that name holds these quads and no others. */
  private static boolean holdsExactly(DatasetGraph target, Node name, List<Quad> quads) {
    if (Iter.count(target.find(name, Node.ANY, Node.ANY, Node.ANY)) != quads.size()) {
      return false;
    }
    for (Quad quad : quads) {
      if (!target.contains(quad)) {
        return false;
      }
    }
    return true;
  }

  private static Set<Node> names(DatasetGraph dataset) {
    return new LinkedHashSet<>(listNames(dataset));
  }

  private static List<Node> listNames(DatasetGraph dataset) {
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(names::add);
    return names;
  }
}

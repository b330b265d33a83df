package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.junit.jupiter.api.Test;

/** Replacing a dataset's graphs by writing only those that differ. */
class GraphReplacementTest {

  @Test
  void theTargetEndsWithExactlyTheNewGraphs() {
    DatasetGraph target = dataset("a", "s p 1", "b", "s p 1", "c", "s p 1");
    DatasetGraph contents = dataset("a", "s p 1", "b", "s p 2", "d", "s p 1");

    assertTrue(GraphReplacement.replace(target, contents));

    assertEquals(quads(contents), quads(target));
  }

  @Test
  void onlyChangedAndRemovedGraphsAreDeleted() {
    Recording target = new Recording(dataset("a", "s p 1", "b", "s p 1", "c", "s p 1"));
    DatasetGraph contents = dataset("a", "s p 1", "b", "s p 2", "d", "s p 1");

    GraphReplacement.replace(target, contents);

    assertEquals(Set.of("urn:g:b", "urn:g:c", "urn:g:d"), new TreeSet<>(target.deleted));
  }

  @Test
  void aGraphWithOneTripleMoreOrLessIsChanged() {
    DatasetGraph target = dataset("a", "s p 1", "a", "s p 2");
    DatasetGraph contents = dataset("a", "s p 1");

    assertTrue(GraphReplacement.replace(target, contents));
    assertEquals(quads(contents), quads(target));
  }

  @Test
  void theSameGraphsChangeNothing() {
    Recording target = new Recording(dataset("a", "s p 1", "b", "s p 2"));

    assertFalse(GraphReplacement.replace(target, dataset("a", "s p 1", "b", "s p 2")));
    assertTrue(target.deleted.isEmpty());
  }

  /** A dataset of pairs (graph letter, "s p o" with URN nodes). */
  private static DatasetGraph dataset(String... graphAndTriple) {
    DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
    for (int i = 0; i < graphAndTriple.length; i += 2) {
      String[] spo = graphAndTriple[i + 1].split(" ");
      dataset.add(
          NodeFactory.createURI("urn:g:" + graphAndTriple[i]),
          uri(spo[0]),
          uri(spo[1]),
          uri(spo[2]));
    }
    return dataset;
  }

  private static Node uri(String name) {
    return NodeFactory.createURI("urn:x:" + name);
  }

  private static Set<String> quads(DatasetGraph dataset) {
    Set<String> quads = new TreeSet<>();
    dataset.find().forEachRemaining(q -> quads.add(q.toString()));
    return quads;
  }

  /** A dataset that remembers which graphs were deleted from. */
  private static final class Recording extends DatasetGraphWrapper {
    final List<String> deleted = new ArrayList<>();

    Recording(DatasetGraph dataset) {
      super(dataset);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
      deleted.add(g.getURI());
      super.deleteAny(g, s, p, o);
    }
  }
}

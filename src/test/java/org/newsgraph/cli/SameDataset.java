package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;

/** Asserts that two stores hold the same RDF dataset: the same named graphs, each isomorphic. */
final class SameDataset {

  private SameDataset() {}

  /**
   * @param scratch a folder for the N-Quads exports
   * @return how many named graphs the stores hold
   */
  static int assertSame(Path scratch, Path expectedStore, Path actualStore) {
    DatasetGraph expected = exported(scratch, expectedStore, "expected");
    DatasetGraph actual = exported(scratch, actualStore, "actual");
    List<Node> names = new ArrayList<>();
    expected.listGraphNodes().forEachRemaining(names::add);
    List<Node> actualNames = new ArrayList<>();
    actual.listGraphNodes().forEachRemaining(actualNames::add);
    assertEquals(Set.copyOf(names), Set.copyOf(actualNames), "the same named graphs");
    for (Node name : names) {
      Graph left = expected.getGraph(name);
      Graph right = actual.getGraph(name);
      assertTrue(
          left.isIsomorphicWith(right),
          () ->
              "graph "
                  + name
                  + " differs; only in "
                  + expectedStore
                  + ": "
                  + difference(left, right)
                  + "; only in "
                  + actualStore
                  + ": "
                  + difference(right, left));
    }
    assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()));
    return names.size();
  }

  private static List<String> difference(Graph left, Graph right) {
    return new Difference(left, right)
        .find().toList().stream().map(Object::toString).limit(20).toList();
  }

  private static DatasetGraph exported(Path scratch, Path store, String name) {
    Path file = scratch.resolve(name + ".nq");
    CliRun run =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--format",
            "nquads",
            "--output",
            file.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    return RDFDataMgr.loadDatasetGraph(file.toString());
  }
}

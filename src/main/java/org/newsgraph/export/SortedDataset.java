package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * A copy of a dataset's contents in a fixed order (graph, subject, predicate with {@code rdf:type}
 * first, object; terms compared in their N-Triples form), so that writers which stream their input
 * produce the same bytes for the same contents, however the store orders them.
 *
 * @param quads the quads of the named graphs, sorted
 * @param prefixes the dataset's prefixes, sorted by prefix
 */
record SortedDataset(List<Quad> quads, Map<String, String> prefixes) {

  private static final Comparator<Node> TERM_ORDER = Comparator.comparing(NodeFmtLib::strNT);

  private static final Comparator<Node> PREDICATE_ORDER =
      Comparator.comparing((Node p) -> !p.equals(RDF.Nodes.type)).thenComparing(TERM_ORDER);

  private static final Comparator<Triple> TRIPLE_ORDER =
      Comparator.comparing(Triple::getSubject, TERM_ORDER)
          .thenComparing(Triple::getPredicate, PREDICATE_ORDER)
          .thenComparing(Triple::getObject, TERM_ORDER);

  private static final Comparator<Quad> QUAD_ORDER =
      Comparator.comparing(Quad::getGraph, TERM_ORDER).thenComparing(Quad::asTriple, TRIPLE_ORDER);

  /** Copies the named graphs and prefixes of a dataset (the caller holds a read transaction). */
  static SortedDataset of(DatasetGraph dataset) {
    List<Quad> quads = new ArrayList<>();
    dataset
        .find()
        .forEachRemaining(
            quad -> {
              if (!quad.isDefaultGraph()) {
                quads.add(quad);
              }
            });
    quads.sort(QUAD_ORDER);
    return new SortedDataset(List.copyOf(quads), new TreeMap<>(dataset.prefixes().getMapping()));
  }

  /** The union of the named graphs: each distinct triple once, sorted. */
  List<Triple> unionTriples() {
    return quads.stream().map(Quad::asTriple).distinct().sorted(TRIPLE_ORDER).toList();
  }
}

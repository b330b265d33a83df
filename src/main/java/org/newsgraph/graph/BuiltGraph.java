package org.newsgraph.graph;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The RDF dataset of one build as the graph stage made it, handed to the store without its Jena
 * type showing to the stages that only pass it on.
 *
 * @param dataset the in-memory dataset, prefixes included
 */
public record BuiltGraph(DatasetGraph dataset) {

  /** The dataset's prefixes (prefix to namespace IRI), sorted by prefix. */
  public Map<String, String> prefixes() {
    return new TreeMap<>(dataset.prefixes().getMapping());
  }
}

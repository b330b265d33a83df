package org.newsgraph.store;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.graph.NG;

/**
 * Counts what a store holds, with SPARQL over the union of its graphs. The caller holds a read
 * transaction.
 */
final class StoreStatistics {

  private static final String PREFIXES =
      "PREFIX ng: <"
          + NG.NS
          + ">\n"
          + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

  private static final String DOCUMENTS =
      PREFIXES + "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a ng:Document }";

  private static final String ENTITIES =
      PREFIXES
          + "SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {\n"
          + "  VALUES ?key { ng:Person ng:Organization ng:Country ng:City ng:Place }\n"
          + "  ?e a ?key } GROUP BY ?key";

  private static final String FACTS_BY_RELATION =
      PREFIXES
          + "SELECT ?key (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a ng:Fact ; rdf:predicate ?key }"
          + " GROUP BY ?key";

  private static final String FACTS_BY_MODALITY =
      PREFIXES
          + "SELECT ?key (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a ng:Fact ; ng:modality ?key }"
          + " GROUP BY ?key";

  private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

  private final DatasetGraph dataset;

  StoreStatistics(DatasetGraph dataset) {
    this.dataset = dataset;
  }

  long documents() {
    return count(DOCUMENTS);
  }

  long triples() {
    return count(TRIPLES);
  }

  Map<String, Long> entitiesByType() {
    return countByKey(ENTITIES);
  }

  Map<String, Long> factsByRelation() {
    return countByKey(FACTS_BY_RELATION);
  }

  Map<String, Long> factsByModality() {
    return countByKey(FACTS_BY_MODALITY);
  }

  private long count(String sparql) {
    try (QueryExecution execution = execution(sparql)) {
      ResultSet results = execution.execSelect();
      return results.hasNext() ? results.next().getLiteral("n").getLong() : 0;
    }
  }

  private Map<String, Long> countByKey(String sparql) {
    Map<String, Long> counts = new TreeMap<>();
    try (QueryExecution execution = execution(sparql)) {
      execution
          .execSelect()
          .forEachRemaining(
              row ->
                  counts.put(NG.localName(row.get("key").asNode()), row.getLiteral("n").getLong()));
    }
    return counts;
  }

  private QueryExecution execution(String sparql) {
    return QueryExecution.dataset(DatasetFactory.wrap(dataset))
        .query(sparql)
        .set(TDB2.symUnionDefaultGraph, true)
        .build();
  }
}

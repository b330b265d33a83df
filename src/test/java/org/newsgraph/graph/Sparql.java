package org.newsgraph.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;

/** Test helper: SPARQL over an in-memory dataset, with the project's prefixes declared. */
public final class Sparql {

  /** PREFIX lines for every standard prefix plus {@code d:} for the default data base IRI. */
  public static final String PREFIXES =
      Vocabulary.standardPrefixes().entrySet().stream()
              .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
              .collect(Collectors.joining("\n"))
          + "\nPREFIX d: <"
          + GraphSettings.DEFAULT_BASE_IRI
          + ">\n";

  private Sparql() {}

  /** The values of {@code var} in the results of a SELECT over the union of all named graphs. */
  public static List<String> selectUnion(DatasetGraph dataset, String where, String var) {
    return select(
        DatasetFactory.wrap(ModelFactory.createModelForGraph(dataset.getUnionGraph())), where, var);
  }

  /** The values of {@code var} in the results of a SELECT over the dataset (use GRAPH). */
  public static List<String> selectDataset(DatasetGraph dataset, String where, String var) {
    return select(DatasetFactory.wrap(dataset), where, var);
  }

  /** ASK over the union of all named graphs. */
  public static boolean askUnion(DatasetGraph dataset, String where) {
    try (QueryExecution execution =
        QueryExecution.dataset(
                DatasetFactory.wrap(ModelFactory.createModelForGraph(dataset.getUnionGraph())))
            .query(PREFIXES + "ASK " + where)
            .build()) {
      return execution.execAsk();
    }
  }

  /** ASK over the dataset (use GRAPH). */
  public static boolean askDataset(DatasetGraph dataset, String where) {
    try (QueryExecution execution =
        QueryExecution.dataset(DatasetFactory.wrap(dataset))
            .query(PREFIXES + "ASK " + where)
            .build()) {
      return execution.execAsk();
    }
  }

  private static List<String> select(Dataset dataset, String where, String var) {
    List<String> values = new ArrayList<>();
    try (QueryExecution execution =
        QueryExecution.dataset(dataset).query(PREFIXES + "SELECT * " + where).build()) {
      execution.execSelect().forEachRemaining(row -> values.add(text(row.get(var).asNode())));
    }
    return values;
  }

  private static String text(Node node) {
    if (node.isLiteral()) {
      return node.getLiteralLexicalForm();
    }
    return node.isURI() ? node.getURI() : node.toString();
  }
}

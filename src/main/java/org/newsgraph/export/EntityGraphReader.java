package org.newsgraph.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.Vocabulary;

/**
 * Reads the {@link EntityGraph} from a dataset that follows docs/graph-model.md: the typed entities
 * of the corpus graph with their names, links and asserted titles, and the asserted facts whose
 * object is an entity. It reads the union of all named graphs, in one read transaction.
 */
public final class EntityGraphReader {

  private static final String PREFIXES =
      "PREFIX ng: <"
          + NG.NS
          + ">\n"
          + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
          + "PREFIX schema: <"
          + Vocabulary.SCHEMA
          + ">\n";

  private static final String ENTITY_TYPES =
      "VALUES ?type { ng:Person ng:Organization ng:Country ng:City ng:Place }\n";

  private static final String ENTITIES =
      PREFIXES
          + "SELECT ?e ?type ?label WHERE { "
          + ENTITY_TYPES
          + "?e a ?type ; rdfs:label ?label . } ORDER BY ?e ?type ?label";

  private static final String ALIASES =
      PREFIXES
          + "SELECT ?e ?alias WHERE { "
          + ENTITY_TYPES
          + "?e a ?type ; skos:altLabel ?alias . }";

  private static final String LINKS =
      PREFIXES + "SELECT ?e ?link WHERE { " + ENTITY_TYPES + "?e a ?type ; schema:sameAs ?link . }";

  private static final String TITLES =
      PREFIXES
          + "SELECT ?e ?title WHERE { ?f a ng:Fact ; rdf:subject ?e ;"
          + " rdf:predicate ng:title ; rdf:object ?title ; ng:modality ng:Asserted . }";

  private static final String FACTS =
      PREFIXES
          + "SELECT DISTINCT ?f ?s ?p ?o ?confidence ?support WHERE { "
          + ENTITY_TYPES
          + "?f a ng:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;"
          + " ng:modality ng:Asserted ; ng:confidence ?confidence ; ng:supportCount ?support ."
          + " ?o a ?type . }";

  private EntityGraphReader() {}

  /** Reads the entity graph of a dataset (in-memory or TDB2). */
  public static EntityGraph read(DatasetGraph dataset) {
    return Txn.calculateRead(dataset, () -> readGraph(dataset.getUnionGraph()));
  }

  private static EntityGraph readGraph(Graph union) {
    Map<String, NodeDraft> drafts = new TreeMap<>();
    select(
        union,
        ENTITIES,
        row ->
            drafts.computeIfAbsent(
                uri(row, "e"),
                id -> new NodeDraft(id, NG.localName(row.get("type")), text(row, "label"))));
    select(union, ALIASES, row -> withDraft(drafts, row, d -> d.aliases.add(text(row, "alias"))));
    select(union, LINKS, row -> withDraft(drafts, row, d -> d.links.add(uri(row, "link"))));
    select(union, TITLES, row -> withDraft(drafts, row, d -> d.titles.add(text(row, "title"))));
    List<FactEdge> edges = new ArrayList<>();
    select(
        union,
        FACTS,
        row -> {
          if (drafts.containsKey(uri(row, "s"))) {
            edges.add(edge(row));
          }
        });
    List<EntityNode> nodes = drafts.values().stream().map(NodeDraft::toNode).toList();
    return new EntityGraph(nodes, edges);
  }

  private static FactEdge edge(Binding row) {
    Node property = row.get("p");
    String relation =
        NG.relationOf(property).map(r -> r.localName()).orElse(NG.localName(property));
    return new FactEdge(
        uri(row, "f"),
        uri(row, "s"),
        uri(row, "o"),
        relation,
        Double.parseDouble(text(row, "confidence")),
        Integer.parseInt(text(row, "support")));
  }

  private static void withDraft(
      Map<String, NodeDraft> drafts, Binding row, Consumer<NodeDraft> action) {
    NodeDraft draft = drafts.get(uri(row, "e"));
    if (draft != null) {
      action.accept(draft);
    }
  }

  private static void select(Graph graph, String query, Consumer<Binding> action) {
    try (QueryExec exec = QueryExec.graph(graph).query(query).build()) {
      RowSet rows = exec.select();
      rows.forEachRemaining(action);
    }
  }

  private static String uri(Binding row, String var) {
    return row.get(var).getURI();
  }

  private static String text(Binding row, String var) {
    return row.get(var).getLiteralLexicalForm();
  }

  /** A node while its names and titles are being collected. */
  private static final class NodeDraft {
    private final String id;
    private final String type;
    private final String label;
    private final TreeSet<String> aliases = new TreeSet<>();
    private final TreeSet<String> links = new TreeSet<>();
    private final TreeSet<String> titles = new TreeSet<>();

    NodeDraft(String id, String type, String label) {
      this.id = id;
      this.type = type;
      this.label = label;
    }

    EntityNode toNode() {
      Optional<String> link = links.isEmpty() ? Optional.empty() : Optional.of(links.first());
      return new EntityNode(id, type, label, List.copyOf(aliases), link, List.copyOf(titles));
    }
  }
}

package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.graph.SampleCorpus.Wire.ALLIANCE;
import static org.newsgraph.graph.SampleCorpus.Wire.BERG;
import static org.newsgraph.graph.SampleCorpus.Wire.DENMARK;
import static org.newsgraph.graph.SampleCorpus.Wire.KELLER;
import static org.newsgraph.graph.SampleCorpus.Wire.NORWAY;
import static org.newsgraph.graph.SampleCorpus.Wire.entityIri;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.graph.SampleCorpus;

/**
 * Exports the sample corpus in every graph-viewer format and reads each file back with an
 * independent parser (JGraphT for GraphML, GEXF and DOT; Jackson for Cytoscape.js JSON).
 */
class GraphViewerExporterTest {

  private static DatasetGraph dataset;
  private static long storeEntities;
  private static long storeAssertedEntityFacts;

  @BeforeAll
  static void buildDataset() {
    dataset = SampleCorpus.Wire.dataset();
    storeEntities =
        count(
            "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e a ?t } "
                + "VALUES ?t { ng:Person ng:Organization ng:Country ng:City ng:Place } }");
    storeAssertedEntityFacts =
        count(
            "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g {"
                + " ?f ng:modality ng:Asserted ; rdf:object ?o } GRAPH ?h { ?o a ?t } }");
  }

  private static long count(String select) {
    String query =
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
            + select;
    try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
      RowSet rows = exec.select();
      return Long.parseLong(rows.next().get("n").getLiteralLexicalForm());
    }
  }

  @Test
  void theSampleStoreHasTheExpectedShape() {
    assertEquals(SampleCorpus.Wire.ENTITY_COUNT, storeEntities);
    assertEquals(SampleCorpus.Wire.ASSERTED_ENTITY_FACTS, storeAssertedEntityFacts);
  }

  @Test
  void graphMlReadsBackWithAllNodesEdgesAndAttributes() {
    ImportedGraph graph = ImportedGraph.graphMl(export(ViewerFormat.GRAPHML));
    assertCounts(graph);
    assertEquals("Maria Keller", graph.vertex(entityIri(KELLER), "label"));
    assertEquals("Person", graph.vertex(entityIri(KELLER), "type"));
    assertEquals("secretary general", graph.vertex(entityIri(KELLER), "titles"));
    assertEquals("Keller", graph.vertex(entityIri(KELLER), "aliases"));
    assertEquals("https://en.wikipedia.org/wiki/Norway", graph.vertex(entityIri(NORWAY), "link"));
    ImportedGraph.Edge employer = only(graph.edges(entityIri(KELLER), entityIri(ALLIANCE)));
    assertEquals("employer", employer.attributes.get("relation"));
    assertEquals("2", employer.attributes.get("support"));
    assertEquals(0.9, Double.parseDouble(employer.attributes.get("confidence")), 1e-9);
  }

  @Test
  void gexfReadsBackWithAllNodesEdgesAndAttributes() {
    String gexf = export(ViewerFormat.GEXF);
    assertTrue(
        gexf.contains("xmlns=\"http://gexf.net/1.3\"") && gexf.contains("version=\"1.3\""),
        "GEXF 1.3 namespace and version");
    ImportedGraph graph = ImportedGraph.gexf(gexf);
    assertCounts(graph);
    assertEquals("Tom Berg", graph.vertex(entityIri(BERG), "label"));
    assertEquals("prime minister", graph.vertex(entityIri(BERG), "titles"));
    ImportedGraph.Edge citizenship = only(graph.edges(entityIri(BERG), entityIri(DENMARK)));
    assertEquals("citizenship", citizenship.attributes.get("relation"));
    assertEquals(0.7, Double.parseDouble(citizenship.attributes.get("weight")), 1e-9);
  }

  @Test
  void dotReadsBackWithAllNodesEdgesAndAttributes() {
    ImportedGraph graph = ImportedGraph.dot(export(ViewerFormat.DOT));
    assertCounts(graph);
    assertEquals("Northern Alliance", graph.vertex(entityIri(ALLIANCE), "label"));
    assertEquals("Organization", graph.vertex(entityIri(ALLIANCE), "type"));
    ImportedGraph.Edge employer = only(graph.edges(entityIri(KELLER), entityIri(ALLIANCE)));
    assertEquals("employer", employer.attributes.get("label"));
    assertEquals("2", employer.attributes.get("support"));
  }

  @Test
  void cytoscapeJsonHasElementsNodesAndEdges() throws Exception {
    JsonNode root = new ObjectMapper().readTree(export(ViewerFormat.CYTOSCAPE));
    JsonNode nodes = root.path("elements").path("nodes");
    JsonNode edges = root.path("elements").path("edges");
    assertEquals(storeEntities, nodes.size());
    assertEquals(storeAssertedEntityFacts, edges.size());
    JsonNode keller = find(nodes, entityIri(KELLER));
    assertEquals("Maria Keller", keller.path("label").asText());
    assertEquals("secretary general", keller.path("titles").get(0).asText());
    for (JsonNode edge : edges) {
      String source = edge.path("data").path("source").asText();
      String target = edge.path("data").path("target").asText();
      assertTrue(
          find(nodes, source) != null && find(nodes, target) != null,
          "edge ends are nodes: " + edge);
    }
  }

  @ParameterizedTest
  @EnumSource(ViewerFormat.class)
  void theSameStoreGivesTheSameBytes(ViewerFormat format) {
    byte[] first = exportBytes(SampleCorpus.Wire.dataset(), format);
    byte[] second = exportBytes(SampleCorpus.Wire.dataset(), format);
    assertArrayEquals(first, second);
  }

  @ParameterizedTest
  @EnumSource(
      value = ViewerFormat.class,
      names = {"GRAPHML", "GEXF", "DOT"})
  void awkwardCharactersSurviveTheRoundTrip(ViewerFormat format) {
    String label = "Say \"hi\" \\ <b>&amp; \u00e9t\u00e9 \u6771\u4eac";
    EntityGraph awkward =
        new EntityGraph(
            List.of(
                new EntityNode(
                    "urn:x:a b", "Person", label, List.of(), Optional.empty(), List.of()),
                new EntityNode(
                    "urn:x:\"c\"", "Place", "C", List.of(), Optional.empty(), List.of())),
            List.of(new FactEdge("urn:f:1", "urn:x:a b", "urn:x:\"c\"", "locatedIn", 0.5, 1)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GraphViewerExporter.write(awkward, format, out);
    String text = out.toString(StandardCharsets.UTF_8);
    ImportedGraph graph =
        switch (format) {
          case GRAPHML -> ImportedGraph.graphMl(text);
          case GEXF -> ImportedGraph.gexf(text);
          default -> ImportedGraph.dot(text);
        };
    assertEquals(label, graph.vertex("urn:x:a b", "label"));
    assertEquals(1, graph.edges("urn:x:a b", "urn:x:\"c\"").size());
  }

  private void assertCounts(ImportedGraph graph) {
    assertEquals(storeEntities, graph.graph.vertexSet().size(), "nodes = entities in the store");
    assertEquals(
        storeAssertedEntityFacts,
        graph.graph.edgeSet().size(),
        "edges = asserted facts between entities in the store");
  }

  private static ImportedGraph.Edge only(List<ImportedGraph.Edge> edges) {
    assertEquals(1, edges.size(), "one edge");
    return edges.get(0);
  }

  private static JsonNode find(JsonNode nodes, String id) {
    return StreamSupport.stream(nodes.spliterator(), false)
        .map(node -> node.path("data"))
        .filter(data -> data.path("id").asText().equals(id))
        .findFirst()
        .orElse(null);
  }

  private static String export(ViewerFormat format) {
    return new String(exportBytes(dataset, format), StandardCharsets.UTF_8);
  }

  private static byte[] exportBytes(DatasetGraph source, ViewerFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GraphViewerExporter.write(source, format, out);
    return out.toByteArray();
  }
}

package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;

/**
 * Coverage-guided fuzzing (Jazzer) of the graph-viewer writers: whatever the labels, aliases,
 * titles and IRIs (any Unicode, markup, quotes, controls, noncharacters), GraphML and GEXF are
 * well-formed XML with one element per node, and Cytoscape JSON parses with one element per node
 * and edge. {@code mvn verify} fuzzes it for a fixed time (execution {@code fuzz-export}). Its
 * first finding, a NUL in a label written as is by the StAX writer, is kept as the regression input
 * {@code WritersFuzzITInputs/fuzz/finding-nul-in-label}.
 */
class WritersFuzzIT {

  private static final String[] TYPES = {"Person", "Organization", "Country", "City", "Place"};
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DocumentBuilderFactory XML = DocumentBuilderFactory.newInstance();

  static {
    XML.setNamespaceAware(true);
  }

  @FuzzTest(maxDuration = "20s")
  void fuzz(FuzzedDataProvider data) throws Exception {
    EntityGraph graph = graph(data);
    assertWellFormedXml(new GraphMlWriter(), graph, "node");
    assertWellFormedXml(new GexfWriter(), graph, "node");
    JsonNode cytoscape = JSON.readTree(written(new CytoscapeJsonWriter(), graph));
    assertEquals(graph.nodes().size() + graph.edges().size(), cytoscape.findValues("data").size());
    assertTrue(written(new DotWriter(), graph).length > 0);
  }

  private static EntityGraph graph(FuzzedDataProvider data) {
    int count = data.consumeInt(1, 4);
    List<EntityNode> nodes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      nodes.add(
          new EntityNode(
              "https://example.org/entity/" + i + "/" + data.consumeString(12),
              TYPES[data.consumeInt(0, TYPES.length - 1)],
              data.consumeString(40),
              List.of(data.consumeString(20)),
              data.consumeBoolean()
                  ? Optional.of("https://en.wikipedia.org/wiki/" + data.consumeString(20))
                  : Optional.empty(),
              List.of(data.consumeString(20))));
    }
    List<FactEdge> edges = new ArrayList<>();
    for (int i = 0; i + 1 < nodes.size(); i++) {
      edges.add(
          new FactEdge(
              "https://example.org/fact/" + i,
              nodes.get(i).id(),
              nodes.get(i + 1).id(),
              "employer",
              data.consumeProbabilityDouble(),
              data.consumeInt(1, 9)));
    }
    return new EntityGraph(nodes, edges);
  }

  private static byte[] written(EntityGraphWriter writer, EntityGraph graph) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(graph, out);
    return out.toByteArray();
  }

  private static void assertWellFormedXml(EntityGraphWriter writer, EntityGraph graph, String node)
      throws Exception {
    byte[] xml = written(writer, graph);
    Document doc;
    try {
      doc = XML.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (org.xml.sax.SAXException e) {
      throw new AssertionError(
          writer.getClass().getSimpleName()
              + " wrote XML that does not parse: "
              + e.getMessage()
              + "\n"
              + new String(xml, StandardCharsets.UTF_8),
          e);
    }
    assertEquals(graph.nodes().size(), doc.getElementsByTagNameNS("*", node).getLength());
  }
}

package org.newsgraph.export;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;

/**
 * A graph export read back with JGraphT's importers (an independent parser): its vertices with
 * their attributes and its edges with theirs.
 */
final class ImportedGraph {

  /** One imported edge; identity matters, so parallel edges stay apart. */
  static final class Edge {
    final Map<String, String> attributes = new HashMap<>();
  }

  final Graph<String, Edge> graph = new DirectedPseudograph<>(null, Edge::new, false);
  final Map<String, Map<String, String>> vertexAttributes = new LinkedHashMap<>();

  private ImportedGraph() {}

  static ImportedGraph graphMl(String text) {
    GraphMLImporter<String, Edge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(true);
    importer.setVertexFactory(id -> id);
    return read(importer, importer, text);
  }

  static ImportedGraph gexf(String text) {
    SimpleGEXFImporter<String, Edge> importer = new SimpleGEXFImporter<>();
    // JGraphT bundles the GEXF 1.2 schema only; the 1.3 file is parsed without validation.
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    return read(importer, importer, text);
  }

  static ImportedGraph dot(String text) {
    DOTImporter<String, Edge> importer = new DOTImporter<>();
    importer.setVertexFactory(id -> id);
    return read(importer, importer, text);
  }

  private static ImportedGraph read(
      GraphImporter<String, Edge> importer,
      BaseEventDrivenImporter<String, Edge> events,
      String text) {
    ImportedGraph imported = new ImportedGraph();
    events.addVertexAttributeConsumer(
        (key, attribute) ->
            imported
                .vertexAttributes
                .computeIfAbsent(key.getFirst(), v -> new HashMap<>())
                .put(key.getSecond(), attribute.getValue()));
    events.addEdgeAttributeConsumer(
        (key, attribute) -> key.getFirst().attributes.put(key.getSecond(), attribute.getValue()));
    importer.importGraph(imported.graph, new StringReader(text));
    return imported;
  }

  /** An attribute of the vertex of an entity IRI, or null. */
  String vertex(String iri, String attribute) {
    return vertexAttributes.getOrDefault(vertexId(iri), Map.of()).get(attribute);
  }

  /** The edges from one entity to another, by IRI. */
  List<Edge> edges(String sourceIri, String targetIri) {
    return new ArrayList<>(graph.getAllEdges(vertexId(sourceIri), vertexId(targetIri)));
  }

  /**
   * The vertex of an entity: the one whose id is the IRI, or (GraphML, whose ids cannot be IRIs)
   * whose {@code iri} attribute is.
   */
  String vertexId(String iri) {
    if (graph.containsVertex(iri)) {
      return iri;
    }
    return vertexAttributes.entrySet().stream()
        .filter(entry -> iri.equals(entry.getValue().get("iri")))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(iri);
  }
}

package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML (http://graphml.graphdrawing.org/) for yEd, Gephi and Cytoscape desktop: a directed graph
 * whose node and edge attributes are declared as {@code <key>}s. GraphML ids must be XML name
 * tokens, which IRIs are not: nodes are {@code n0, n1, ...} and edges {@code e0, e1, ...} in the
 * graph's order, with the entity IRI in the {@code iri} attribute and the fact IRI in {@code fact}.
 */
final class GraphMlWriter implements EntityGraphWriter {

  private static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String SCHEMA =
      NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    XmlOutput.document(
        out,
        "graphml",
        new String[] {"xmlns", NS},
        SCHEMA,
        new String[0],
        xml -> {
          keys(xml);
          xml.element(
              "graph",
              new String[] {"id", "newsgraph", "edgedefault", "directed"},
              () -> {
                Map<String, String> ids = new HashMap<>();
                for (EntityNode node : graph.nodes()) {
                  ids.put(node.id(), "n" + ids.size());
                  node(xml, ids.get(node.id()), node);
                }
                int index = 0;
                for (FactEdge edge : graph.edges()) {
                  edge(xml, "e" + index++, ids, edge);
                }
              });
        });
  }

  private static void keys(XmlOutput xml) throws XMLStreamException {
    key(xml, "iri", "node", "string");
    key(xml, "label", "node", "string");
    key(xml, "type", "node", "string");
    key(xml, "aliases", "node", "string");
    key(xml, "link", "node", "string");
    key(xml, "titles", "node", "string");
    key(xml, "color", "node", "string");
    key(xml, "fact", "edge", "string");
    key(xml, "relation", "edge", "string");
    key(xml, "confidence", "edge", "double");
    key(xml, "support", "edge", "int");
  }

  private static void key(XmlOutput xml, String name, String target, String type)
      throws XMLStreamException {
    xml.empty("key", "id", name, "for", target, "attr.name", name, "attr.type", type);
  }

  private static void node(XmlOutput xml, String id, EntityNode node) throws XMLStreamException {
    xml.element(
        "node",
        new String[] {"id", id},
        () -> {
          data(xml, "iri", node.id());
          data(xml, "label", node.label());
          data(xml, "type", node.type());
          for (Map.Entry<String, String> value : ExportText.optionalValues(node).entrySet()) {
            data(xml, value.getKey(), value.getValue());
          }
          data(xml, "color", EntityColors.hex(node.type()));
        });
  }

  private static void edge(XmlOutput xml, String id, Map<String, String> nodeIds, FactEdge edge)
      throws XMLStreamException {
    String[] attributes = {
      "id", id, "source", nodeIds.get(edge.source()), "target", nodeIds.get(edge.target())
    };
    xml.element(
        "edge",
        attributes,
        () -> {
          data(xml, "fact", edge.id());
          data(xml, "relation", edge.relation());
          data(xml, "confidence", ExportText.number(edge.confidence()));
          data(xml, "support", Integer.toString(edge.supportCount()));
        });
  }

  private static void data(XmlOutput xml, String key, String value) throws XMLStreamException {
    xml.text("data", value, "key", key);
  }
}

package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * GEXF 1.3 (https://gexf.net/) for Gephi: a static directed graph with declared node and edge
 * attributes, node colours by entity type ({@code viz:color}) and the fact confidence as edge
 * weight.
 */
final class GexfWriter implements EntityGraphWriter {

  private static final String NS = "http://gexf.net/1.3";
  private static final String VIZ = "http://gexf.net/1.3/viz";
  private static final String SCHEMA = NS + " http://gexf.net/1.3/gexf.xsd";

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    XmlOutput.document(
        out,
        "gexf",
        new String[] {"xmlns", NS, "xmlns:viz", VIZ},
        SCHEMA,
        new String[] {"version", "1.3"},
        xml -> {
          meta(xml);
          xml.element(
              "graph",
              new String[] {"defaultedgetype", "directed", "mode", "static"},
              () -> {
                attributes(xml);
                nodes(xml, graph);
                edges(xml, graph);
              });
        });
  }

  private static void meta(XmlOutput xml) throws XMLStreamException {
    xml.element(
        "meta",
        new String[0],
        () -> {
          xml.text("creator", "newsgraph");
          xml.text(
              "description",
              "Entities and the asserted facts between them, read from news text by newsgraph");
        });
  }

  private static void attributes(XmlOutput xml) throws XMLStreamException {
    xml.element(
        "attributes",
        new String[] {"class", "node", "mode", "static"},
        () -> {
          attribute(xml, "type", "string");
          attribute(xml, "aliases", "string");
          attribute(xml, "link", "anyURI");
          attribute(xml, "titles", "string");
        });
    xml.element(
        "attributes",
        new String[] {"class", "edge", "mode", "static"},
        () -> {
          attribute(xml, "relation", "string");
          attribute(xml, "confidence", "double");
          attribute(xml, "support", "integer");
        });
  }

  private static void attribute(XmlOutput xml, String name, String type) throws XMLStreamException {
    xml.empty("attribute", "id", name, "title", name, "type", type);
  }

  private static void nodes(XmlOutput xml, EntityGraph graph) throws XMLStreamException {
    xml.element(
        "nodes",
        new String[0],
        () -> {
          for (EntityNode node : graph.nodes()) {
            node(xml, node);
          }
        });
  }

  private static void node(XmlOutput xml, EntityNode node) throws XMLStreamException {
    xml.element(
        "node",
        new String[] {"id", node.id(), "label", node.label()},
        () -> {
          xml.element(
              "attvalues",
              new String[0],
              () -> {
                value(xml, "type", node.type());
                for (Map.Entry<String, String> value : ExportText.optionalValues(node).entrySet()) {
                  value(xml, value.getKey(), value.getValue());
                }
              });
          int[] rgb = EntityColors.rgb(node.type());
          xml.empty(
              "viz:color",
              "r",
              Integer.toString(rgb[0]),
              "g",
              Integer.toString(rgb[1]),
              "b",
              Integer.toString(rgb[2]));
        });
  }

  private static void edges(XmlOutput xml, EntityGraph graph) throws XMLStreamException {
    xml.element(
        "edges",
        new String[0],
        () -> {
          for (FactEdge edge : graph.edges()) {
            edge(xml, edge);
          }
        });
  }

  private static void edge(XmlOutput xml, FactEdge edge) throws XMLStreamException {
    String confidence = ExportText.number(edge.confidence());
    xml.element(
        "edge",
        new String[] {
          "id",
          edge.id(),
          "source",
          edge.source(),
          "target",
          edge.target(),
          "label",
          edge.relation(),
          "weight",
          confidence
        },
        () ->
            xml.element(
                "attvalues",
                new String[0],
                () -> {
                  value(xml, "relation", edge.relation());
                  value(xml, "confidence", confidence);
                  value(xml, "support", Integer.toString(edge.supportCount()));
                }));
  }

  private static void value(XmlOutput xml, String attribute, String value)
      throws XMLStreamException {
    xml.empty("attvalue", "for", attribute, "value", value);
  }
}

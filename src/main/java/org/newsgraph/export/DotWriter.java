package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Graphviz DOT: a {@code digraph} with quoted ids (the entity IRIs), node labels, colours and
 * attributes, and edges labelled with their relation. Render with e.g. {@code dot -Tsvg graph.dot >
 * graph.svg}.
 */
final class DotWriter implements EntityGraphWriter {

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    PrintWriter dot = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    dot.print("digraph \"newsgraph\" {\n");
    dot.print("  graph [overlap=false, splines=true];\n");
    dot.print("  node [shape=box, style=\"rounded,filled\", fontcolor=white];\n");
    for (EntityNode node : graph.nodes()) {
      dot.print("  " + quote(node.id()) + " [" + nodeAttributes(node) + "];\n");
    }
    for (FactEdge edge : graph.edges()) {
      dot.print(
          "  "
              + quote(edge.source())
              + " -> "
              + quote(edge.target())
              + " ["
              + edgeAttributes(edge)
              + "];\n");
    }
    dot.print("}\n");
    dot.flush();
    if (dot.checkError()) {
      throw new IOException("Cannot write the DOT output");
    }
  }

  private static String nodeAttributes(EntityNode node) {
    StringBuilder attributes = new StringBuilder();
    attribute(attributes, "label", node.label());
    attribute(attributes, "type", node.type());
    attribute(attributes, "fillcolor", EntityColors.hex(node.type()));
    if (!node.aliases().isEmpty()) {
      attribute(attributes, "aliases", ExportText.list(node.aliases()));
    }
    node.link().ifPresent(link -> attribute(attributes, "URL", link));
    if (!node.titles().isEmpty()) {
      attribute(attributes, "titles", ExportText.list(node.titles()));
    }
    return attributes.toString();
  }

  private static String edgeAttributes(FactEdge edge) {
    StringBuilder attributes = new StringBuilder();
    attribute(attributes, "id", edge.id());
    attribute(attributes, "label", edge.relation());
    attribute(attributes, "relation", edge.relation());
    attribute(attributes, "confidence", ExportText.number(edge.confidence()));
    attribute(attributes, "support", Integer.toString(edge.supportCount()));
    return attributes.toString();
  }

  private static void attribute(StringBuilder attributes, String name, String value) {
    if (attributes.length() > 0) {
      attributes.append(", ");
    }
    attributes.append(name).append('=').append(quote(value));
  }

  /**
   * A DOT double-quoted string. Inside one, DOT treats {@code \"} as a quote; other backslashes are
   * kept, but Graphviz reads {@code \n}, {@code \l}, {@code \N}... in labels as escapes, so every
   * backslash is doubled. Line breaks become {@code \n}.
   */
  static String quote(String text) {
    String escaped =
        text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n");
    return "\"" + escaped + "\"";
  }
}

package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [{"data": {...}}], "edges": [...]}}}), which
 * Cytoscape.js loads with {@code cy.add(json.elements)} and Cytoscape desktop imports as
 * "Cytoscape.js JSON".
 */
final class CytoscapeJsonWriter implements EntityGraphWriter {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(EntityGraph graph, OutputStream out) throws IOException {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode elements = root.putObject("elements");
    ArrayNode nodes = elements.putArray("nodes");
    graph.nodes().forEach(node -> nodes.addObject().set("data", nodeData(node)));
    ArrayNode edges = elements.putArray("edges");
    graph.edges().forEach(edge -> edges.addObject().set("data", edgeData(edge)));
    mapper.writeValue(out, root);
    out.write('\n');
    out.flush();
  }

  private ObjectNode nodeData(EntityNode node) {
    ObjectNode data = mapper.createObjectNode();
    data.put("id", node.id());
    data.put("label", node.label());
    data.put("type", node.type());
    node.aliases().forEach(data.putArray("aliases")::add);
    node.link().ifPresent(link -> data.put("link", link));
    node.titles().forEach(data.putArray("titles")::add);
    data.put("color", EntityColors.hex(node.type()));
    return data;
  }

  private ObjectNode edgeData(FactEdge edge) {
    ObjectNode data = mapper.createObjectNode();
    data.put("id", edge.id());
    data.put("source", edge.source());
    data.put("target", edge.target());
    data.put("label", edge.relation());
    data.put("relation", edge.relation());
    data.put("confidence", edge.confidence());
    data.put("support", edge.supportCount());
    return data;
  }
}

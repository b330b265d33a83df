package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a {@link GrowthReport} as JSON with the same figures as the text report: times in
 * seconds, memory in bytes, each build as the main benchmark writes its runs.
 */
final class GrowthReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GrowthReportJson() {}

  /** The report as an indented JSON document. */
  static String render(GrowthReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("machine", BenchReportJson.machine(report.machine()));
    root.put("documents", report.corpusDescription());
    root.put("newJvm", report.newJvm());
    root.put("aloneSeconds", report.aloneNanos() / 1e9);
    ArrayNode sizes = root.putArray("sizes");
    for (GrowthStep step : report.steps()) {
      ObjectNode node = sizes.addObject();
      node.put("documents", step.documents());
      node.set("build", BenchReportJson.run(step.build()));
      node.put("addOneSeconds", step.addOneNanos() / 1e9);
    }
    report.growthExponent().ifPresent(k -> root.put("growthExponent", k));
    ArrayNode targets = root.putArray("targets");
    report.targets().forEach(t -> targets.add(BenchReportJson.target(t)));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the growth report as JSON", e);
    }
  }
}

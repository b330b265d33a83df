package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.annotate.PipelineTimings.AnnotatorTime;
import org.newsgraph.pipeline.BuildStage;

/**
 * Renders a {@link BenchReport} as JSON with the same figures as the text report: times in seconds,
 * memory in bytes, ratios as plain numbers (0.04 for 4 %).
 */
final class BenchReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BenchReportJson() {}

  /** The report as an indented JSON document. */
  static String render(BenchReport report) {
    try {
      return MAPPER.writeValueAsString(tree(report)) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("Could not write the benchmark report as JSON", e);
    }
  }

  /** The report as a JSON tree. */
  static ObjectNode tree(BenchReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("machine", machine(report.machine()));
    ObjectNode corpus = root.putObject("corpus");
    corpus.put("name", report.corpusName());
    corpus.put("description", report.corpusDescription());
    corpus.put("words", report.corpusWords());
    ArrayNode runs = root.putArray("runs");
    report.runs().forEach(r -> runs.add(run(r)));
    ArrayNode targets = root.putArray("targets");
    report.targets().forEach(t -> targets.add(target(t)));
    report.speedupWithoutModelLoading().ifPresent(s -> root.put("speedupWithoutModelLoading", s));
    return root;
  }

  /** The machine as a JSON object. */
  static ObjectNode machine(MachineInfo m) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("processors", m.processors());
    node.put("memoryBytes", m.memoryBytes());
    node.put("maxHeapBytes", m.maxHeapBytes());
    node.put("java", m.java());
    node.put("os", m.os());
    ArrayNode gcs = node.putArray("garbageCollectors");
    m.garbageCollectors().forEach(gcs::add);
    node.put("loadAverageAtStart", m.loadAverage());
    node.put("started", m.started().toString());
    return node;
  }

  /** One measured run as a JSON object. */
  static ObjectNode run(BenchMeasurement r) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", r.name());
    node.put("kind", r.kind().name());
    node.put("threads", r.threads());
    node.put("documents", r.documents());
    node.put("tokens", r.tokens());
    node.put("wallSeconds", seconds(r.wallNanos()));
    node.put("cpuSeconds", seconds(r.cpuNanos()));
    node.put("modelLoadSeconds", seconds(r.modelLoadNanos()));
    node.put("annotateSeconds", seconds(r.annotateNanos()));
    node.put("ownSeconds", seconds(r.ownNanos()));
    node.put("documentsPerSecond", r.documentsPerSecond());
    node.put("tokensPerSecond", r.tokensPerSecond());
    node.put("documentsPerSecondExcludingModelLoad", r.documentsPerProcessingSecond());
    node.put("tokensPerSecondExcludingModelLoad", r.tokensPerProcessingSecond());
    ObjectNode stages = node.putObject("stageSeconds");
    for (BuildStage stage : BuildStage.values()) {
      if (r.stageNanos().containsKey(stage)) {
        stages.put(stage.label(), seconds(r.stage(stage)));
      }
    }
    ObjectNode annotators = node.putObject("annotatorSeconds");
    for (AnnotatorTime t : r.annotators().annotators()) {
      annotators.put(t.annotator(), t.millis() / 1000.0);
    }
    node.put("heapPeakBytes", r.heap().usedBytes());
    node.put("heapAfterGcPeakBytes", r.heap().afterGcBytes());
    node.put("loadAverageAtEnd", r.loadAverage());
    return node;
  }

  /** One target and its measured value as a JSON object. */
  static ObjectNode target(TargetCheck t) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("target", t.target());
    node.put("targetCorpus", t.targetCorpus());
    node.put("measured", t.measured());
    node.put("limit", t.limit());
    node.put("comparison", t.atLeast() ? ">=" : "<=");
    node.put("met", t.met());
    node.put("note", t.note());
    return node;
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }
}

package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.BuildStage;

class GrowthReportTest {

  private static final long S = 1_000_000_000L;
  private static final long GIB = 1L << 30;

  private static final MachineInfo MACHINE =
      new MachineInfo(
          2,
          24L << 30,
          6L << 30,
          "OpenJDK 17",
          "Linux",
          List.of("G1 Young"),
          0.5,
          Instant.parse("2026-01-01T00:00:00Z"));

  /** A build of {@code documents}: 4 s of annotation each, {@code own} seconds of other work. */
  private static BenchMeasurement build(int documents, double own, long heapBytes) {
    long annotate = documents * 4 * S;
    long wall = annotate + (long) (own * S);
    return new BenchMeasurement(
        "build",
        Kind.BUILD,
        2,
        documents,
        documents * 600L,
        wall,
        wall,
        12 * S,
        Map.of(BuildStage.ANNOTATE, annotate),
        PipelineTimings.NONE,
        new HeapPeak(heapBytes, heapBytes / 2),
        0.5);
  }

  /** A step whose build spends {@code own} seconds outside annotation; adding one, {@code add}. */
  private static GrowthStep step(int documents, double own, double add, long heap) {
    return new GrowthStep(documents, build(documents, own, heap), (long) (add * S));
  }

  private static TargetCheck target(GrowthReport report, String name) {
    return report.targets().stream()
        .filter(t -> t.target().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no target " + name + " in " + report.targets()));
  }

  @Test
  void linearGrowthHasExponentOneAndQuadraticTwo() {
    GrowthReport linear =
        new GrowthReport(
            MACHINE, "d", List.of(step(100, 4, 20, GIB), step(500, 20, 22, GIB)), 20 * S, true);
    GrowthReport quadratic =
        new GrowthReport(
            MACHINE, "d", List.of(step(100, 4, 20, GIB), step(500, 100, 22, GIB)), 20 * S, true);
    assertEquals(1.0, linear.growthExponent().orElseThrow(), 1e-9);
    assertEquals(2.0, quadratic.growthExponent().orElseThrow(), 1e-9);
    String name = "growth exponent of the work that is not annotation";
    assertTrue(target(linear, name).met());
    assertFalse(target(quadratic, name).met());
  }

  @Test
  void addingOneDocumentIsComparedWithBuildingItAlone() {
    GrowthReport report =
        new GrowthReport(
            MACHINE,
            "d",
            List.of(step(100, 4, 20, GIB), step(500, 18, 36, 10 * GIB)),
            20 * S,
            true);
    TargetCheck ratio = target(report, "add one document / that document alone");
    assertEquals(1.8, ratio.measured(), 1e-9);
    assertFalse(ratio.met());
    assertEquals("1.80x", ratio.measuredText());
    TargetCheck seconds = target(report, "add one document to the store");
    assertEquals("36.0 s", seconds.measuredText());
    assertEquals("<= 15.0 s", seconds.limitText());
    TargetCheck heap = target(report, "heap the build needs (peak after GC)");
    assertEquals("5.00 GiB", heap.measuredText());
    assertFalse(heap.met());
    assertEquals(Math.log(4.5) / Math.log(5), report.growthExponent().orElseThrow(), 1e-9);
  }

  @Test
  void oneSizeHasNoExponentAndSaysWhichSizeWasMeasured() {
    GrowthReport report =
        new GrowthReport(MACHINE, "d", List.of(step(40, 2, 10, GIB)), 9 * S, false);
    assertTrue(report.growthExponent().isEmpty());
    assertEquals(3, report.targets().size());
    String text = report.text();
    assertTrue(text.contains("measured on 40 documents, the target is stated for 500"), text);
    assertTrue(text.contains("both in the benchmark's JVM"), text);
    assertTrue(text.contains("one new document alone into an empty store: 9.0 s"), text);
  }

  @Test
  void textAndJsonCarryTheSameFigures() throws Exception {
    GrowthReport report =
        new GrowthReport(
            MACHINE,
            "generated",
            List.of(step(100, 4, 20, GIB), step(500, 20, 24, 2 * GIB)),
            20 * S,
            true);
    String text = report.text();
    assertTrue(text.matches("(?s).*\\n\\s+500\\s+2020\\.0 .*24\\.0\\n.*"), text);
    assertTrue(text.contains("40.0 ms"), "other work per document: " + text);
    JsonNode json = new ObjectMapper().readTree(report.json());
    assertEquals(500, json.at("/sizes/1/documents").asInt());
    assertEquals(24.0, json.at("/sizes/1/addOneSeconds").asDouble(), 1e-9);
    assertEquals(20.0, json.at("/sizes/1/build/ownSeconds").asDouble(), 1e-9);
    assertEquals(1.0, json.at("/growthExponent").asDouble(), 1e-9);
    assertEquals(4, json.at("/targets").size());
    assertTrue(json.at("/targets/0/met").asBoolean());
  }

  @Test
  void planRejectsSizesThatDoNotIncrease() {
    Path seeds = Path.of("seeds");
    assertThrows(
        IllegalArgumentException.class, () -> new GrowthPlan(seeds, List.of(), 2, true, false));
    assertThrows(
        IllegalArgumentException.class,
        () -> new GrowthPlan(seeds, List.of(500, 100), 2, true, false));
    assertThrows(
        IllegalArgumentException.class, () -> new GrowthPlan(seeds, List.of(0), 2, true, false));
    assertEquals(500, new GrowthPlan(seeds, List.of(100, 500), 2, true, false).largest());
  }
}

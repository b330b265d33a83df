package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.annotate.PipelineTimings.AnnotatorTime;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.BuildStage;

class BenchReportTest {

  private static final long S = 1_000_000_000L;

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

  /** A cold build of 30 s: 12 s model load, 15 s more in annotate, 3 s in own stages. */
  private static BenchMeasurement build(String name, int threads, long wallSeconds) {
    return build(name, Kind.BUILD, threads, wallSeconds);
  }

  private static BenchMeasurement build(String name, Kind kind, int threads, long wallSeconds) {
    long own = 3 * S;
    long annotate = wallSeconds * S - own;
    return new BenchMeasurement(
        name,
        kind,
        threads,
        100,
        80_000,
        wallSeconds * S,
        50 * S,
        12 * S,
        Map.of(
            BuildStage.INGEST,
            S / 2,
            BuildStage.ANNOTATE,
            annotate,
            BuildStage.RESOLVE,
            S,
            BuildStage.STORE,
            S),
        new PipelineTimings(
            List.of(new AnnotatorTime("ner", 9_000), new AnnotatorTime("kbp", 1_500))),
        new HeapPeak(3L << 30, 2L << 30),
        1.5);
  }

  private static BenchMeasurement cached(long wallMillis) {
    return new BenchMeasurement(
        "build again, unchanged",
        Kind.CACHED_REBUILD,
        2,
        100,
        80_000,
        wallMillis * 1_000_000,
        S,
        0,
        Map.of(BuildStage.ANNOTATE, S / 10),
        PipelineTimings.NONE,
        new HeapPeak(1L << 30, 1L << 29),
        1.0);
  }

  private static BenchMeasurement baseline(long wallSeconds) {
    return new BenchMeasurement(
        "plain CoreNLP KBP",
        Kind.BASELINE,
        2,
        100,
        81_000,
        wallSeconds * S,
        150 * S,
        25 * S,
        Map.of(),
        new PipelineTimings(List.of(new AnnotatorTime("parse", 40_000))),
        new HeapPeak(4L << 30, 2L << 30),
        1.2);
  }

  private static TargetCheck target(BenchReport report, String name) {
    return report.targets().stream().filter(t -> t.target().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void computesEveryTargetFromTheRuns() {
    BenchReport report =
        new BenchReport(
            MACHINE,
            "large",
            "generated",
            70_000,
            List.of(
                build("build, empty store", 2, 30),
                cached(900),
                build("build --threads 1", Kind.THREAD_COMPARISON, 1, 48),
                build("build --threads 2", Kind.THREAD_COMPARISON, 2, 31),
                baseline(120)));
    assertEquals(4, report.targets().size());

    TargetCheck speedup = target(report, "plain CoreNLP KBP time / build time");
    assertEquals(4.0, speedup.measured(), 1e-9);
    assertTrue(speedup.met());
    assertTrue(speedup.note().contains("the target is stated for 'seeds'"), speedup.note());

    TargetCheck own = target(report, "own stages / build time");
    assertEquals(0.1, own.measured(), 1e-9);
    assertTrue(own.met(), "exactly at the limit meets it");

    TargetCheck threads = target(report, "throughput with 2 threads / with 1");
    assertEquals((48.0 - 12) / (31 - 12), threads.measured(), 1e-9);
    assertTrue(threads.met());

    TargetCheck rebuild = target(report, "rebuild of the unchanged corpus / first build");
    assertEquals(0.03, rebuild.measured(), 1e-9);
    assertTrue(rebuild.met());

    assertEquals((120.0 - 25) / (30 - 12), report.speedupWithoutModelLoading().orElseThrow(), 1e-9);
  }

  @Test
  void reportsMissedTargets() {
    BenchReport report =
        new BenchReport(
            MACHINE,
            "seeds",
            "5 seeds",
            3_468,
            List.of(build("build, empty store", 2, 50), cached(5_000), baseline(100)));
    assertFalse(target(report, "plain CoreNLP KBP time / build time").met());
    assertFalse(target(report, "rebuild of the unchanged corpus / first build").met());
    assertEquals(3, report.targets().size(), "no thread comparison without the comparison builds");
    String text = BenchReportText.render(report);
    assertTrue(text.contains("NOT MET"), text);
    assertTrue(text.contains("not measured in this run: 2 threads vs 1"), text);
  }

  @Test
  void theRebuildTargetUsesTheRebuildInANewJvmWhenThereIsOne() {
    BenchMeasurement newJvm =
        new BenchMeasurement(
            "build again, new JVM",
            Kind.CACHED_REBUILD_NEW_JVM,
            2,
            100,
            80_000,
            3 * S,
            0,
            0,
            Map.of(),
            PipelineTimings.NONE,
            HeapPeak.UNMEASURED,
            1.0);
    BenchReport report =
        new BenchReport(
            MACHINE,
            "seeds",
            "5 seeds",
            3_468,
            List.of(build("build, empty store", 2, 30), cached(900), newJvm));
    TargetCheck rebuild = target(report, "rebuild of the unchanged corpus / first build");
    assertEquals(0.1, rebuild.measured(), 1e-9);
    assertFalse(rebuild.met());
    assertTrue(rebuild.note().contains("in a new JVM"), rebuild.note());
    String text = BenchReportText.render(report);
    String row =
        text.lines().filter(l -> l.startsWith("build again, new JVM")).findFirst().orElseThrow();
    assertEquals(
        List.of("build", "again,", "new", "JVM", "2", "3.0", "-", "-", "-", "-"),
        List.of(row.trim().split("\\s+")));
  }

  @Test
  void noBuildMeansNoTargets() {
    BenchReport report = new BenchReport(MACHINE, "seeds", "5 seeds", 3_468, List.of(baseline(90)));
    assertTrue(report.targets().isEmpty());
  }

  @Test
  void formatsFactorsAndPercentages() {
    TargetCheck factor = new TargetCheck("t", "seeds", 3.456, 3, true, TargetCheck.Unit.FACTOR, "");
    assertEquals("3.46x", factor.measuredText());
    assertEquals(">= 3.00x", factor.limitText());
    TargetCheck share =
        new TargetCheck("t", "large", 0.0412, 0.1, false, TargetCheck.Unit.PERCENT, "");
    assertEquals("4.1 %", share.measuredText());
    assertEquals("<= 10.0 %", share.limitText());
    assertTrue(share.met());
    assertFalse(
        new TargetCheck("t", "large", Double.NaN, 0.1, false, TargetCheck.Unit.PERCENT, "").met());
  }

  @Test
  void textHasTheRunsStagesAnnotatorsAndMachine() {
    BenchReport report =
        new BenchReport(
            MACHINE,
            "seeds",
            "5 seeds",
            3_468,
            List.of(build("build, empty store", 2, 30), cached(900), baseline(120)));
    String text = BenchReportText.render(report);
    assertTrue(text.contains("machine: 2 processors, 24.0 GiB memory, max heap 6.0 GiB"), text);
    assertTrue(text.contains("corpus 'seeds': 5 seeds; 3,468 words"), text);
    String buildRow =
        text.lines().filter(l -> l.startsWith("build, empty store")).findFirst().orElseThrow();
    assertEquals(
        List.of("build,", "empty", "store", "2", "30.0", "12.0", "15.0", "3.0", "50.0"),
        List.of(buildRow.trim().split("\\s+")));
    assertTrue(text.lines().anyMatch(l -> l.matches("resolve\\s+1\\.0 \\(3\\.3 %\\).*")), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("parse\\s+-\\s+40\\.0")), text);
    assertTrue(text.lines().anyMatch(l -> l.matches("ner\\s+9\\.0\\s+-")), text);
  }

  @Test
  void jsonHasTheSameFigures() throws Exception {
    BenchReport report =
        new BenchReport(
            MACHINE,
            "seeds",
            "5 seeds",
            3_468,
            List.of(build("build, empty store", 2, 30), cached(900), baseline(120)));
    JsonNode json = new ObjectMapper().readTree(BenchReportJson.render(report));
    assertEquals(2, json.at("/machine/processors").asInt());
    assertEquals("seeds", json.at("/corpus/name").asText());
    assertEquals(3, json.at("/runs").size());
    JsonNode build = json.at("/runs/0");
    assertEquals("BUILD", build.at("/kind").asText());
    assertEquals(30.0, build.at("/wallSeconds").asDouble(), 1e-9);
    assertEquals(12.0, build.at("/modelLoadSeconds").asDouble(), 1e-9);
    assertEquals(1.0, build.at("/stageSeconds/resolve").asDouble(), 1e-9);
    assertEquals(9.0, build.at("/annotatorSeconds/ner").asDouble(), 1e-9);
    assertEquals(100 / 30.0, build.at("/documentsPerSecond").asDouble(), 1e-9);
    assertEquals(3L << 30, build.at("/heapPeakBytes").asLong());
    assertEquals(3, json.at("/targets").size());
    assertEquals(">=", json.at("/targets/0/comparison").asText());
    assertTrue(json.at("/targets/0/met").asBoolean());
  }
}

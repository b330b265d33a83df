package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.PipelineTimings;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.BuildStage;

class SparkBenchReportTest {

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

  private static BenchMeasurement build(
      String name, int documents, double seconds, Map<BuildStage, Long> stages) {
    long wall = (long) (seconds * S);
    return new BenchMeasurement(
        name,
        Kind.BUILD,
        2,
        documents,
        documents * 600L,
        wall,
        wall,
        0,
        stages,
        PipelineTimings.NONE,
        new HeapPeak(3L << 30, 1L << 30),
        0.5);
  }

  private static SparkBenchReport.EngineRun run(String engine, int cores, double seconds) {
    return new SparkBenchReport.EngineRun(engine, cores, build(engine, 200, seconds, Map.of()));
  }

  /** A size whose corpus-wide stages take {@code seconds}, split over the four stages. */
  private static SparkBenchReport.SizeRun size(int documents, double seconds) {
    long quarter = (long) (seconds * S / 4);
    return new SparkBenchReport.SizeRun(
        documents,
        build(
            documents + " documents",
            documents,
            seconds + 100,
            Map.of(
                BuildStage.ANNOTATE, 90 * S,
                BuildStage.RESOLVE, quarter,
                BuildStage.LINK, quarter,
                BuildStage.EXTRACT, quarter,
                BuildStage.GRAPH, quarter,
                BuildStage.STORE, 7 * S)));
  }

  private static SparkBenchReport report(
      List<SparkBenchReport.EngineRun> runs, List<SparkBenchReport.SizeRun> sizes) {
    return new SparkBenchReport(MACHINE, "200 generated articles", runs, sizes);
  }

  @Test
  void perCoreThroughputAndTheRatioAgainstTheSingleProcessEngine() {
    // single, 2 threads: 200 docs in 100 s = 2 docs/s = 1 per core; Spark local[2]: 125 s = 0.8
    SparkBenchReport report =
        report(
            List.of(
                run("single", 1, 160),
                run("single", 2, 100),
                run("spark", 1, 200),
                run("spark", 2, 125)),
            List.of());

    assertEquals(1.0, report.run("single", 2).orElseThrow().perCore(), 1e-9);
    assertEquals(0.8, report.perCoreRatio(2).orElseThrow(), 1e-9);
    assertEquals(0.8, report.perCoreRatio(1).orElseThrow(), 1e-9);
    TargetCheck target = report.targets().get(0);
    assertTrue(target.met(), "80 % meets the target of at least 80 %");
    assertEquals("80.0 %", target.measuredText());
    String text = report.text();
    assertTrue(
        text.contains("per core, Spark local[2] / single process with 2 thread(s): 80.0 %"), text);
  }

  @Test
  void aSlowerSparkMissesTheTarget() {
    SparkBenchReport report =
        report(List.of(run("single", 2, 100), run("spark", 2, 130)), List.of());

    assertFalse(report.targets().get(0).met());
    assertTrue(report.text().contains("NOT MET"));
  }

  @Test
  void corpusWideStagesAreSummedWithoutAnnotationAndStoreAndTheirGrowthFitted() {
    SparkBenchReport linear =
        report(List.of(), List.of(size(50, 1), size(100, 2), size(200, 4), size(400, 8)));
    SparkBenchReport quadratic =
        report(List.of(), List.of(size(50, 1), size(100, 4), size(200, 16), size(400, 64)));

    assertEquals(8.0, linear.sizes().get(3).corpusWideNanos() / 1e9, 1e-6);
    assertEquals(1.0, linear.corpusWideExponent().orElseThrow(), 1e-6);
    assertEquals(2.0, quadratic.corpusWideExponent().orElseThrow(), 1e-6);
    assertTrue(linear.targets().get(0).met(), "linear grows no worse than n log n");
    assertFalse(quadratic.targets().get(0).met(), "quadratic does");
    assertTrue(linear.json().contains("\"corpusWideExponent\""), linear.json());
    assertTrue(linear.text().contains("corpus-wide time ~ documents^1.00"), linear.text());
  }

  @Test
  void withoutTheRunsThereIsNoRatioAndWithOneSizeNoExponent() {
    SparkBenchReport report = report(List.of(run("spark", 2, 100)), List.of(size(50, 1)));

    assertTrue(report.perCoreRatio(2).isEmpty());
    assertTrue(report.corpusWideExponent().isEmpty());
    assertTrue(report.targets().isEmpty());
  }
}

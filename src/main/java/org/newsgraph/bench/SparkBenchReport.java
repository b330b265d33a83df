package org.newsgraph.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.pipeline.BuildStage;

/**
 * The figures of the Spark benchmark and the targets of issue 14 they are checked against: Spark
 * {@code local[2]}'s documents per second per core at least 80 % of the single-process engine's on
 * the same cores, and corpus-wide stages that grow no worse than {@code n log n}.
 *
 * @param machine where it ran
 * @param corpusDescription where the documents come from
 * @param runs the throughput builds (single process and Spark, 1 and 2 cores)
 * @param sizes the Spark builds at increasing corpus sizes
 */
public record SparkBenchReport(
    MachineInfo machine, String corpusDescription, List<EngineRun> runs, List<SizeRun> sizes) {

  /** Spark local[2]'s per-core throughput over the single-process engine's, at least. */
  static final double PER_CORE_TARGET = 0.8;

  /** The corpus size the throughput target is stated for. */
  static final int TARGET_DOCUMENTS = 200;

  /** The stages that run over the whole corpus on the driver. */
  static final List<BuildStage> CORPUS_WIDE =
      List.of(BuildStage.RESOLVE, BuildStage.LINK, BuildStage.EXTRACT, BuildStage.GRAPH);

  private static final double GIB = 1024.0 * 1024 * 1024;

  /** Copies the lists. */
  public SparkBenchReport {
    runs = List.copyOf(runs);
    sizes = List.copyOf(sizes);
  }

  /**
   * One throughput build.
   *
   * @param engine {@code single} or {@code spark}
   * @param cores threads of the single-process build, N of Spark's {@code local[N]}
   * @param build what was measured
   */
  public record EngineRun(String engine, int cores, BenchMeasurement build) {

    /** Documents per second of the whole build per core (model loading and Spark included). */
    double perCore() {
      return Scaling.perCore(build.documents(), build.wallNanos(), cores);
    }
  }

  /**
   * One build of the growth curve.
   *
   * @param documents the corpus size
   * @param build what was measured
   */
  public record SizeRun(int documents, BenchMeasurement build) {

    /** Wall time of the corpus-wide stages (resolve, link, extract, graph). */
    long corpusWideNanos() {
      return CORPUS_WIDE.stream().mapToLong(build::stage).sum();
    }
  }

  /** The run of this engine on this many cores, if measured. */
  Optional<EngineRun> run(String engine, int cores) {
    return runs.stream().filter(r -> r.engine().equals(engine) && r.cores() == cores).findFirst();
  }

  /** Spark's per-core throughput over the single-process engine's on as many cores. */
  Optional<Double> perCoreRatio(int cores) {
    Optional<EngineRun> spark = run("spark", cores);
    Optional<EngineRun> single = run("single", cores);
    if (spark.isEmpty() || single.isEmpty() || single.get().perCore() == 0) {
      return Optional.empty();
    }
    return Optional.of(spark.get().perCore() / single.get().perCore());
  }

  /** The exponent k of corpus-wide time ~ documents^k through the sizes; empty below two. */
  Optional<Double> corpusWideExponent() {
    if (sizes.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(
        Scaling.fittedExponent(
            sizes.stream().map(SizeRun::documents).toList(),
            sizes.stream().map(s -> Math.max(1, s.corpusWideNanos())).toList()));
  }

  /** The targets this run measured. */
  List<TargetCheck> targets() {
    List<TargetCheck> checks = new ArrayList<>();
    perCoreRatio(2)
        .ifPresent(
            ratio -> {
              int documents = run("spark", 2).orElseThrow().build().documents();
              checks.add(
                  new TargetCheck(
                      "per-core throughput, Spark local[2] / single process",
                      TARGET_DOCUMENTS + " documents",
                      ratio,
                      PER_CORE_TARGET,
                      true,
                      TargetCheck.Unit.PERCENT,
                      "documents per second of the whole build (model loading included) per core,"
                          + " Spark local[2] over the single-process engine with 2 threads"
                          + (documents == TARGET_DOCUMENTS
                              ? ""
                              : "; NOTE: measured on " + documents + " documents")));
            });
    corpusWideExponent()
        .ifPresent(
            k -> {
              List<Integer> n = sizes.stream().map(SizeRun::documents).toList();
              checks.add(
                  new TargetCheck(
                      "growth exponent of the corpus-wide stages",
                      n.get(0) + " to " + n.get(n.size() - 1) + " documents",
                      k,
                      Scaling.nLogNExponent(n),
                      false,
                      TargetCheck.Unit.NUMBER,
                      "k in time ~ documents^k fitted through every size (least squares on logs);"
                          + " the limit is the k that n log n shows through the same sizes"));
            });
    return checks;
  }

  /** The report as plain-text tables, for stdout. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append("newsgraph Spark benchmark, ").append(machine.started()).append('\n');
    out.append(machine.summary()).append('\n');
    out.append("documents: ").append(corpusDescription).append("\n\n");
    out.append(
        "Throughput: each build into an empty store (wall time in seconds, model loading"
            + " included; heap: this JVM, which with local[N] is the driver and the executors)\n");
    String format = "%-28s %5s %5s %9s %9s %12s %10s %9s %8s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "run",
            "cores",
            "docs",
            "total",
            "docs/s",
            "docs/s/core",
            "heap (GiB)",
            "after GC",
            "load avg"));
    for (EngineRun run : runs) {
      BenchMeasurement b = run.build();
      out.append(
          String.format(
              Locale.ROOT,
              format,
              b.name(),
              run.cores(),
              b.documents(),
              decimal(b.wallNanos() / 1e9, 1),
              decimal(b.documentsPerSecond(), 3),
              decimal(run.perCore(), 3),
              gib(b.heap().usedBytes()),
              gib(b.heap().afterGcBytes()),
              decimal(b.loadAverage(), 2)));
    }
    for (int cores = 1; cores <= 2; cores++) {
      int c = cores;
      perCoreRatio(cores)
          .ifPresent(
              r ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "per core, Spark local[%d] / single process with %d thread(s): %.1f %%%n",
                          c,
                          c,
                          r * 100)));
    }
    if (!sizes.isEmpty()) {
      out.append(
          "\nCorpus-wide stages (resolve, link, extract, graph; on the driver) by corpus size,"
              + " Spark local[2], annotations from the cache where present (seconds)\n");
      String sizeFormat = "%9s %12s %9s %9s %9s %9s %9s%n";
      out.append(
          String.format(
              Locale.ROOT,
              sizeFormat,
              "documents",
              "corpus-wide",
              "resolve",
              "link",
              "extract",
              "graph",
              "build"));
      for (SizeRun size : sizes) {
        BenchMeasurement b = size.build();
        out.append(
            String.format(
                Locale.ROOT,
                sizeFormat,
                size.documents(),
                decimal(size.corpusWideNanos() / 1e9, 2),
                decimal(b.stage(BuildStage.RESOLVE) / 1e9, 2),
                decimal(b.stage(BuildStage.LINK) / 1e9, 2),
                decimal(b.stage(BuildStage.EXTRACT) / 1e9, 2),
                decimal(b.stage(BuildStage.GRAPH) / 1e9, 2),
                decimal(b.wallNanos() / 1e9, 1)));
      }
      corpusWideExponent()
          .ifPresent(
              k ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "fitted: corpus-wide time ~ documents^%.2f (n log n through these sizes:"
                              + " ^%.2f)%n",
                          k,
                          Scaling.nLogNExponent(sizes.stream().map(SizeRun::documents).toList()))));
    }
    out.append("\nTargets (issue 14)\n");
    for (TargetCheck t : targets()) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-52s %10s %10s  %s%n  (%s)%n",
              t.target(),
              t.measuredText(),
              t.limitText(),
              t.met() ? "met" : "NOT MET",
              t.note()));
    }
    return out.toString();
  }

  /** The report as JSON with the same figures (times in seconds, memory in bytes). */
  public String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.set("machine", BenchReportJson.machine(machine));
    root.put("documents", corpusDescription);
    ArrayNode runNodes = root.putArray("runs");
    for (EngineRun run : runs) {
      ObjectNode node = runNodes.addObject();
      node.put("engine", run.engine());
      node.put("cores", run.cores());
      node.put("documentsPerSecondPerCore", run.perCore());
      node.set("build", BenchReportJson.run(run.build()));
    }
    perCoreRatio(1).ifPresent(r -> root.put("perCoreRatioLocal1", r));
    perCoreRatio(2).ifPresent(r -> root.put("perCoreRatioLocal2", r));
    ArrayNode sizeNodes = root.putArray("sizes");
    for (SizeRun size : sizes) {
      ObjectNode node = sizeNodes.addObject();
      node.put("documents", size.documents());
      node.put("corpusWideSeconds", size.corpusWideNanos() / 1e9);
      node.set("build", BenchReportJson.run(size.build()));
    }
    corpusWideExponent().ifPresent(k -> root.put("corpusWideExponent", k));
    ArrayNode targets = root.putArray("targets");
    targets().forEach(t -> targets.add(BenchReportJson.target(t)));
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the Spark benchmark as JSON", e);
    }
  }

  private static String decimal(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private static String gib(long bytes) {
    return bytes < 0 ? "-" : decimal(bytes / GIB, 2);
  }
}

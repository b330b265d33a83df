package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.newsgraph.annotate.PipelineTimings.AnnotatorTime;
import org.newsgraph.bench.BenchMeasurement.Kind;
import org.newsgraph.pipeline.BuildStage;

/** Renders a {@link BenchReport} as plain-text tables for stdout. */
final class BenchReportText {

  private static final double GIB = 1024.0 * 1024 * 1024;

  private final BenchReport report;
  private final StringBuilder out = new StringBuilder();

  private BenchReportText(BenchReport report) {
    this.report = report;
  }

  /** The whole report. */
  static String render(BenchReport report) {
    return new BenchReportText(report).renderAll();
  }

  private String renderAll() {
    header();
    times();
    throughput();
    stages();
    annotators();
    targets();
    return out.toString();
  }

  private void header() {
    MachineInfo m = report.machine();
    line("newsgraph benchmark, " + m.started());
    line(m.summary());
    line(
        "corpus '%s': %s; %,d words",
        report.corpusName(), report.corpusDescription(), report.corpusWords());
    line("");
  }

  private void times() {
    line(
        "Wall time in seconds (model load: loading CoreNLP; annotate: the rest of annotation;"
            + " own: everything else)");
    String format = "%-34s %7s %8s %10s %9s %7s %8s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "run",
            "threads",
            "total",
            "model load",
            "annotate",
            "own",
            "cpu"));
    for (BenchMeasurement r : report.runs()) {
      boolean known = r.inProcess();
      out.append(
          String.format(
              Locale.ROOT,
              format,
              r.name(),
              r.threads(),
              seconds(r.wallNanos()),
              known ? seconds(r.modelLoadNanos()) : "-",
              known ? seconds(r.annotateNanos()) : "-",
              known && r.kind() != Kind.BASELINE ? seconds(r.ownNanos()) : "-",
              known ? seconds(r.cpuNanos()) : "-"));
    }
    line("");
  }

  private void throughput() {
    line(
        "Throughput and memory (excl. load: model loading left out; heap: peak in use, and peak"
            + " right after a garbage collection)");
    String format = "%-34s %6s %7s %8s %9s %9s %10s %9s %8s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "run",
            "docs",
            "tokens",
            "docs/s",
            "tokens/s",
            "tokens/s",
            "heap peak",
            "after GC",
            "load avg"));
    out.append(
        String.format(Locale.ROOT, format, "", "", "", "", "", "excl.load", "GiB", "GiB", ""));
    for (BenchMeasurement r : report.runs()) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              r.name(),
              r.documents(),
              r.tokens(),
              decimal(r.documentsPerSecond(), 2),
              decimal(r.tokensPerSecond(), 0),
              decimal(r.tokensPerProcessingSecond(), 0),
              gibibytes(r.heap().usedBytes()),
              gibibytes(r.heap().afterGcBytes()),
              decimal(r.loadAverage(), 2)));
    }
    line("");
  }

  private void stages() {
    List<BenchMeasurement> builds =
        report.runs().stream().filter(r -> r.kind() != Kind.BASELINE && r.inProcess()).toList();
    if (builds.isEmpty()) {
      return;
    }
    line("Build stages, wall seconds (share of the build's total time)");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "stage"));
    builds.forEach(b -> head.append(String.format(Locale.ROOT, " %22s", shorten(b.name(), 22))));
    line(head.toString());
    stageRow("model load", builds, BenchMeasurement::modelLoadNanos);
    stageRow("annotate", builds, BenchMeasurement::annotateNanos);
    for (BuildStage stage : BuildStage.values()) {
      if (stage != BuildStage.ANNOTATE && builds.stream().anyMatch(b -> b.timed(stage))) {
        stageRow(stage.label(), builds, b -> b.stage(stage));
      }
    }
    stageRow("other", builds, BenchReportText::untimed);
    stageRow("own total", builds, BenchMeasurement::ownNanos);
    line(
        "own total = the stages above but model load and annotate, + other (the time between"
            + " the timed stages, mostly closing the store); store includes opening the store");
    line("");
  }

  private static long untimed(BenchMeasurement b) {
    long timed = 0;
    for (BuildStage stage : BuildStage.values()) {
      timed += b.stage(stage);
    }
    return Math.max(0, b.wallNanos() - timed);
  }

  private void stageRow(
      String label, List<BenchMeasurement> builds, ToLongFunction<BenchMeasurement> nanos) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", label));
    for (BenchMeasurement b : builds) {
      long value = nanos.applyAsLong(b);
      String share = b.wallNanos() <= 0 ? "" : decimal(100.0 * value / b.wallNanos(), 1) + " %";
      row.append(String.format(Locale.ROOT, " %22s", seconds(value) + " (" + share + ")"));
    }
    line(row.toString());
  }

  private void annotators() {
    List<BenchMeasurement> withTimings =
        report.runs().stream().filter(r -> !r.annotators().annotators().isEmpty()).toList();
    if (withTimings.isEmpty()) {
      return;
    }
    line(
        "CoreNLP time per annotator, seconds summed over threads (CoreNLP's own accounting, 0.1 s"
            + " resolution)");
    Set<String> names = new LinkedHashSet<>();
    withTimings.forEach(r -> r.annotators().annotators().forEach(t -> names.add(t.annotator())));
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-12s", "annotator"));
    withTimings.forEach(
        r -> head.append(String.format(Locale.ROOT, " %22s", shorten(r.name(), 22))));
    line(head.toString());
    for (String name : names) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-12s", name));
      for (BenchMeasurement r : withTimings) {
        String value =
            r.annotators().annotators().stream()
                .filter(t -> t.annotator().equals(name))
                .map(AnnotatorTime::millis)
                .findFirst()
                .map(ms -> decimal(ms / 1000.0, 1))
                .orElse("-");
        row.append(String.format(Locale.ROOT, " %22s", value));
      }
      line(row.toString());
    }
    StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-12s", "total"));
    withTimings.forEach(
        r ->
            total.append(
                String.format(
                    Locale.ROOT, " %22s", decimal(r.annotators().totalMillis() / 1000.0, 1))));
    line(total.toString());
    line("");
  }

  private void targets() {
    List<TargetCheck> checks = report.targets();
    line("Targets (issue 4)");
    String format = "%-48s %-8s %9s %10s  %s%n";
    out.append(String.format(Locale.ROOT, format, "target", "for", "measured", "target", "result"));
    for (TargetCheck c : checks) {
      out.append(
          String.format(
              Locale.ROOT,
              format,
              c.target(),
              c.targetCorpus(),
              c.measuredText(),
              c.limitText(),
              c.met() ? "met" : "NOT MET"));
    }
    report
        .speedupWithoutModelLoading()
        .ifPresent(
            s ->
                line(
                    "(without model loading on either side: plain CoreNLP annotate / build processing = %.2fx)",
                    s));
    for (String missing : missingTargets(checks)) {
      line("not measured in this run: " + missing);
    }
    line("Notes:");
    checks.forEach(c -> line("- " + c.target() + ": " + c.note()));
  }

  private static List<String> missingTargets(List<TargetCheck> checks) {
    List<String> missing = new ArrayList<>();
    Set<String> present = new LinkedHashSet<>();
    checks.forEach(c -> present.add(c.target()));
    if (!present.contains("plain CoreNLP KBP time / build time")) {
      missing.add("speed-up over plain CoreNLP (run with --baseline, on --corpus seeds)");
    }
    if (!present.contains("throughput with 2 threads / with 1")) {
      missing.add("2 threads vs 1 (run with --threads-compare, on --corpus large)");
    }
    if (!present.contains("rebuild of the unchanged corpus / first build")) {
      missing.add("rebuild from the cache (run without --no-rebuild)");
    }
    return missing;
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  private static String gibibytes(long bytes) {
    return bytes < 0 ? "-" : decimal(bytes / GIB, 2);
  }

  private static String seconds(long nanos) {
    return decimal(nanos / 1e9, 1);
  }

  private static String decimal(double value, int places) {
    return String.format(Locale.ROOT, "%." + places + "f", value);
  }

  private void line(String format, Object... args) {
    out.append(args.length == 0 ? format : String.format(Locale.ROOT, format, args)).append('\n');
  }
}

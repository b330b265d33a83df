package org.newsgraph.bench;

import java.util.Locale;

/** Renders a {@link GrowthReport} as plain-text tables for stdout. */
final class GrowthReportText {

  private static final double GIB = 1024.0 * 1024 * 1024;

  private final GrowthReport report;
  private final StringBuilder out = new StringBuilder();

  private GrowthReportText(GrowthReport report) {
    this.report = report;
  }

  /** The whole report. */
  static String render(GrowthReport report) {
    return new GrowthReportText(report).renderAll();
  }

  private String renderAll() {
    header();
    sizes();
    targets();
    return out.toString();
  }

  private void header() {
    MachineInfo m = report.machine();
    line("newsgraph growth benchmark, " + m.started());
    line(m.summary());
    line("documents: %s", report.corpusDescription());
    line("");
  }

  private void sizes() {
    line(
        "Per corpus size, wall time in seconds: the build into an empty store (model load, annotate"
            + " and the other work: the work that grows with the store), its heap peaks (with"
            + " garbage, after GC) and adding one new document:");
    String format = "%9s %9s %11s %9s %7s %11s %10s %10s %9s%n";
    out.append(
        String.format(
            Locale.ROOT,
            format,
            "documents",
            "build",
            "model load",
            "annotate",
            "other",
            "other/doc",
            "heap (GiB)",
            "after GC",
            "add one"));
    for (GrowthStep step : report.steps()) {
      BenchMeasurement build = step.build();
      out.append(
          String.format(
              Locale.ROOT,
              format,
              step.documents(),
              seconds(build.wallNanos()),
              seconds(build.modelLoadNanos()),
              seconds(build.annotateNanos()),
              seconds(build.ownNanos()),
              String.format(Locale.ROOT, "%.1f ms", build.ownNanos() / 1e6 / step.documents()),
              String.format(Locale.ROOT, "%.2f", build.heap().usedBytes() / GIB),
              String.format(Locale.ROOT, "%.2f", build.heap().afterGcBytes() / GIB),
              seconds(step.addOneNanos())));
    }
    line(
        "one new document alone into an empty store: %s s (%s)",
        seconds(report.aloneNanos()),
        report.newJvm() ? "whole process, as a user runs it" : "in the benchmark's JVM");
    line("");
  }

  private void targets() {
    line("Targets (issue 15)");
    String format = "%-52s %-18s %10s %11s  %s%n";
    out.append(String.format(Locale.ROOT, format, "target", "for", "measured", "target", "result"));
    for (TargetCheck c : report.targets()) {
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
    line("Notes:");
    report.targets().forEach(c -> line("- " + c.target() + ": " + c.note()));
  }

  private static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e9);
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}

package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.bench.BenchMeasurement.Kind;

/**
 * The figures of one benchmark run and the targets they are checked against (issue 4): plain
 * CoreNLP at least 3x slower than a build of the seeds, own stages at most 10 % of the build time
 * of the 100-document corpus, two threads at least 1.7x the throughput of one, and a rebuild of an
 * unchanged corpus at most 5 % of the first build.
 *
 * @param machine where it ran
 * @param corpusName the corpus ({@code seeds}, {@code large} or a folder)
 * @param corpusDescription where the corpus's documents come from
 * @param corpusWords words in the corpus
 * @param runs the measured configurations, in the order they ran; the first {@link Kind#BUILD} is
 *     the main build the others are compared with
 */
public record BenchReport(
    MachineInfo machine,
    String corpusName,
    String corpusDescription,
    long corpusWords,
    List<BenchMeasurement> runs) {

  /** The report as plain-text tables, for stdout. */
  public String text() {
    return BenchReportText.render(this);
  }

  /** The report as JSON with the same figures. */
  public String json() {
    return BenchReportJson.render(this);
  }

  /** Minimum of plain CoreNLP's time over the build's time, seeds corpus. */
  static final double SPEEDUP_TARGET = 3.0;

  /** Maximum share of the own stages in the build time, 100-document corpus. */
  static final double OWN_SHARE_TARGET = 0.10;

  /** Minimum throughput of two threads over one, 100-document corpus. */
  static final double THREADS_TARGET = 1.7;

  /** Maximum time of a rebuild of an unchanged corpus over the first build. */
  static final double CACHED_TARGET = 0.05;

  /** Copies the list. */
  public BenchReport {
    runs = List.copyOf(runs);
  }

  /** The main build: the first cold build. */
  Optional<BenchMeasurement> mainBuild() {
    return runs.stream().filter(r -> r.kind() == Kind.BUILD).findFirst();
  }

  /** The targets that this run measured, with the measured values. */
  List<TargetCheck> targets() {
    List<TargetCheck> checks = new ArrayList<>();
    Optional<BenchMeasurement> build = mainBuild();
    if (build.isEmpty()) {
      return checks;
    }
    BenchMeasurement main = build.get();
    first(Kind.BASELINE).ifPresent(baseline -> checks.add(speedup(main, baseline)));
    checks.add(ownShare(main));
    Optional<BenchMeasurement> one = comparisonWithThreads(1);
    Optional<BenchMeasurement> two = comparisonWithThreads(2);
    if (one.isPresent() && two.isPresent()) {
      checks.add(threads(one.get(), two.get()));
    }
    first(Kind.CACHED_REBUILD_NEW_JVM)
        .or(() -> first(Kind.CACHED_REBUILD))
        .ifPresent(cached -> checks.add(cachedRebuild(main, cached)));
    return checks;
  }

  /**
   * Plain CoreNLP's annotation time over the build's processing time, both without model loading:
   * how much faster newsgraph annotates and builds once the models are in memory. Empty without a
   * baseline.
   */
  Optional<Double> speedupWithoutModelLoading() {
    Optional<BenchMeasurement> baseline = first(Kind.BASELINE);
    Optional<BenchMeasurement> main = mainBuild();
    if (baseline.isEmpty() || main.isEmpty() || main.get().processingNanos() <= 0) {
      return Optional.empty();
    }
    return Optional.of((double) baseline.get().annotateNanos() / main.get().processingNanos());
  }

  private TargetCheck speedup(BenchMeasurement main, BenchMeasurement baseline) {
    return new TargetCheck(
        "plain CoreNLP KBP time / build time",
        BenchCorpus.SEEDS,
        ratio(baseline.wallNanos(), main.wallNanos()),
        SPEEDUP_TARGET,
        true,
        TargetCheck.Unit.FACTOR,
        "end to end, model loading included on both sides; the build includes the store writes,"
            + " the baseline only annotates"
            + corpusNote(BenchCorpus.SEEDS)
            + sameThreadsNote(main, baseline));
  }

  private TargetCheck ownShare(BenchMeasurement main) {
    return new TargetCheck(
        "own stages / build time",
        BenchCorpus.LARGE,
        ratio(main.ownNanos(), main.wallNanos()),
        OWN_SHARE_TARGET,
        false,
        TargetCheck.Unit.PERCENT,
        "everything but model loading and annotation, over the whole build ('"
            + main.name()
            + "')"
            + corpusNote(BenchCorpus.LARGE));
  }

  private TargetCheck threads(BenchMeasurement one, BenchMeasurement two) {
    return new TargetCheck(
        "throughput with 2 threads / with 1",
        BenchCorpus.LARGE,
        ratio(one.processingNanos(), two.processingNanos()),
        THREADS_TARGET,
        true,
        TargetCheck.Unit.FACTOR,
        "documents per second of build time without model loading (which is the same for both);"
            + " both builds into empty stores after the first build, in the warmed-up JVM"
            + corpusNote(BenchCorpus.LARGE));
  }

  private TargetCheck cachedRebuild(BenchMeasurement main, BenchMeasurement cached) {
    return new TargetCheck(
        "rebuild of the unchanged corpus / first build",
        corpusName,
        ratio(cached.wallNanos(), main.wallNanos()),
        CACHED_TARGET,
        false,
        TargetCheck.Unit.PERCENT,
        "wall time of '"
            + cached.name()
            + "' over '"
            + main.name()
            + "'; the rebuild reads every"
            + " annotation from the cache and does not load CoreNLP"
            + (cached.inProcess()
                ? "; measured in the benchmark's warmed-up JVM: a user's rebuild also pays the JVM"
                    + " start-up (run without --no-rebuild-new-jvm to measure it)"
                : "; run as a user runs it, in a new JVM (start-up included)"));
  }

  private String corpusNote(String targetCorpus) {
    return corpusName.equals(targetCorpus)
        ? ""
        : "; NOTE: measured on '"
            + corpusName
            + "', the target is stated for '"
            + targetCorpus
            + "'";
  }

  private static String sameThreadsNote(BenchMeasurement main, BenchMeasurement baseline) {
    return main.threads() == baseline.threads()
        ? "; both with " + main.threads() + " thread(s)"
        : "; NOTE: build with "
            + main.threads()
            + " thread(s), baseline with "
            + baseline.threads();
  }

  private Optional<BenchMeasurement> first(Kind kind) {
    return runs.stream().filter(r -> r.kind() == kind).findFirst();
  }

  private Optional<BenchMeasurement> comparisonWithThreads(int threads) {
    return runs.stream()
        .filter(r -> r.kind() == Kind.THREAD_COMPARISON && r.threads() == threads)
        .findFirst();
  }

  private static double ratio(long numerator, long denominator) {
    return denominator <= 0 ? Double.NaN : (double) numerator / denominator;
  }
}

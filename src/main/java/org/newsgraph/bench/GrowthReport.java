package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures of a growth benchmark and the targets of issue 15 they are checked against: adding
 * one document to the largest store costs at most 1.5 times building it alone and at most 15 s, the
 * work that is not annotation grows no worse than linearly with the corpus, and the largest build
 * needs at most 4 GiB of heap.
 *
 * @param machine where it ran
 * @param corpusDescription where the documents come from
 * @param steps one per corpus size, smallest first
 * @param aloneNanos wall time of building the new document alone into an empty store
 * @param newJvm whether the one-document builds ran each in a new JVM
 */
public record GrowthReport(
    MachineInfo machine,
    String corpusDescription,
    List<GrowthStep> steps,
    long aloneNanos,
    boolean newJvm) {

  /** The largest store size the targets are stated for. */
  static final int TARGET_SIZE = 500;

  /** Maximum of adding one document to the largest store over building it alone. */
  static final double ADD_ONE_RATIO_TARGET = 1.5;

  /** Maximum seconds of adding one document to the largest store. */
  static final double ADD_ONE_SECONDS_TARGET = 15;

  /** Maximum growth exponent of the work that is not annotation (1: linear). */
  static final double GROWTH_EXPONENT_TARGET = 1.0;

  /** Maximum heap of the largest build, in bytes (4 GiB). */
  static final double HEAP_TARGET = 4.0 * 1024 * 1024 * 1024;

  /** Copies the list. */
  public GrowthReport {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a growth report needs at least one corpus size");
    }
  }

  /** The report as plain-text tables, for stdout. */
  public String text() {
    return GrowthReportText.render(this);
  }

  /** The report as JSON with the same figures. */
  public String json() {
    return GrowthReportJson.render(this);
  }

  /** The largest corpus's step. */
  GrowthStep largest() {
    return steps.get(steps.size() - 1);
  }

  /**
   * How the work that is not annotation grows between the smallest and the largest corpus: the
   * exponent {@code k} in {@code time ~ documents^k} through the two builds' time outside model
   * loading and annotation (1 is linear, 2 quadratic). Empty with a single size.
   */
  Optional<Double> growthExponent() {
    if (steps.size() < 2) {
      return Optional.empty();
    }
    GrowthStep small = steps.get(0);
    GrowthStep large = largest();
    double time = (double) large.build().ownNanos() / small.build().ownNanos();
    double size = (double) large.documents() / small.documents();
    return Optional.of(Math.log(time) / Math.log(size));
  }

  /** The targets this run measured, with the measured values. */
  List<TargetCheck> targets() {
    List<TargetCheck> checks = new ArrayList<>();
    GrowthStep large = largest();
    String corpus = large.documents() + " documents";
    String sizeNote = sizeNote(large.documents());
    checks.add(
        new TargetCheck(
            "add one document / that document alone",
            TARGET_SIZE + " documents",
            (double) large.addOneNanos() / aloneNanos,
            ADD_ONE_RATIO_TARGET,
            false,
            TargetCheck.Unit.FACTOR,
            "wall time of adding the new document to the store of "
                + corpus
                + " over building it into an empty store"
                + jvmNote()
                + sizeNote));
    checks.add(
        new TargetCheck(
            "add one document to the store",
            TARGET_SIZE + " documents",
            large.addOneNanos() / 1e9,
            ADD_ONE_SECONDS_TARGET,
            false,
            TargetCheck.Unit.SECONDS,
            "wall time" + jvmNote() + sizeNote));
    growthExponent()
        .ifPresent(
            exponent ->
                checks.add(
                    new TargetCheck(
                        "growth exponent of the work that is not annotation",
                        steps.get(0).documents() + " to " + corpus,
                        exponent,
                        GROWTH_EXPONENT_TARGET,
                        false,
                        TargetCheck.Unit.NUMBER,
                        "k in time ~ documents^k through the builds' time outside model loading"
                            + " and annotation (reading the inputs, resolution, linking,"
                            + " extraction, graph and store write); 1 is linear")));
    checks.add(
        new TargetCheck(
            "heap the build needs (peak after GC)",
            TARGET_SIZE + " documents",
            large.build().heap().afterGcBytes(),
            HEAP_TARGET,
            false,
            TargetCheck.Unit.GIB,
            "the most heap still in use right after a garbage collection during the build of "
                + corpus
                + " into an empty store: its live data, what it needs at least (the peak with"
                + " garbage included grows with -Xmx: the JVM uses the heap it is given before"
                + " collecting)"
                + sizeNote));
    return checks;
  }

  private String jvmNote() {
    return newJvm
        ? "; each a whole process, as a user runs it (JVM start-up and model loading included)"
        : "; NOTE: both in the benchmark's JVM (run without --no-new-jvm for whole processes)";
  }

  private static String sizeNote(int documents) {
    return documents == TARGET_SIZE
        ? ""
        : "; NOTE: measured on "
            + documents
            + " documents, the target is stated for "
            + TARGET_SIZE;
  }
}

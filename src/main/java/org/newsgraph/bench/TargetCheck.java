package org.newsgraph.bench;

import java.util.Locale;

/**
 * One performance target of the benchmark and what was measured against it.
 *
 * @param target what is compared, e.g. {@code plain CoreNLP time / build time}
 * @param targetCorpus the corpus the target is stated for ({@code seeds} or {@code large})
 * @param measured the measured value, a ratio (percentages as fractions, e.g. 0.04 for 4 %)
 * @param limit the target value, in the same unit
 * @param atLeast whether the measured value must be at least (true) or at most (false) the limit
 * @param unit how to show the values
 * @param note how the value was computed, and caveats (e.g. measured on another corpus)
 */
record TargetCheck(
    String target,
    String targetCorpus,
    double measured,
    double limit,
    boolean atLeast,
    Unit unit,
    String note) {

  /** How a target's values are shown. */
  enum Unit {
    /** A ratio, shown as {@code 3.42x}. */
    FACTOR,
    /** A share, shown as {@code 4.1 %}. */
    PERCENT,
    /** A time in seconds, shown as {@code 12.3 s}. */
    SECONDS,
    /** Bytes, shown in GiB as {@code 3.2 GiB}. */
    GIB,
    /** A plain number, shown as {@code 0.92}. */
    NUMBER
  }

  /** Whether the measured value meets the target. */
  boolean met() {
    return atLeast ? measured >= limit : measured <= limit;
  }

  /** The measured value for people: {@code 3.42x}, {@code 4.1 %}, {@code 12.3 s} ... */
  String measuredText() {
    return format(measured);
  }

  /** The target for people: {@code >= 3.00x} or {@code <= 10.0 %}. */
  String limitText() {
    return (atLeast ? ">= " : "<= ") + format(limit);
  }

  private String format(double value) {
    return switch (unit) {
      case PERCENT -> String.format(Locale.ROOT, "%.1f %%", value * 100);
      case FACTOR -> String.format(Locale.ROOT, "%.2fx", value);
      case SECONDS -> String.format(Locale.ROOT, "%.1f s", value);
      case GIB -> String.format(Locale.ROOT, "%.2f GiB", value / (1024.0 * 1024 * 1024));
      case NUMBER -> String.format(Locale.ROOT, "%.2f", value);
    };
  }
}

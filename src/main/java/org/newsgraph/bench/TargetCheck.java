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
 * @param percent whether to show the values as percentages instead of factors
 * @param note how the value was computed, and caveats (e.g. measured on another corpus)
 */
record TargetCheck(
    String target,
    String targetCorpus,
    double measured,
    double limit,
    boolean atLeast,
    boolean percent,
    String note) {

  /** Whether the measured value meets the target. */
  boolean met() {
    return atLeast ? measured >= limit : measured <= limit;
  }

  /** The measured value for people: {@code 3.42x} or {@code 4.1 %}. */
  String measuredText() {
    return format(measured);
  }

  /** The target for people: {@code >= 3.00x} or {@code <= 10.0 %}. */
  String limitText() {
    return (atLeast ? ">= " : "<= ") + format(limit);
  }

  private String format(double value) {
    return percent
        ? String.format(Locale.ROOT, "%.1f %%", value * 100)
        : String.format(Locale.ROOT, "%.2fx", value);
  }
}

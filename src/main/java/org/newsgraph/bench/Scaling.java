package org.newsgraph.bench;

import java.util.List;

/**
 * The figures of the Spark benchmark computed from measured times: throughput per core, and how a
 * time grows with the corpus (the exponent {@code k} of {@code time ~ documents^k} fitted through
 * several sizes).
 */
final class Scaling {

  private Scaling() {}

  /**
   * Documents per second per core.
   *
   * @param documents documents processed
   * @param nanos wall time
   * @param cores processors the run had (threads, or N of {@code local[N]})
   * @return 0 when no time was measured
   */
  static double perCore(int documents, long nanos, int cores) {
    if (nanos <= 0 || cores <= 0) {
      return 0;
    }
    return documents / (nanos / 1e9) / cores;
  }

  /**
   * The exponent {@code k} of {@code time ~ documents^k}: the least-squares slope of log time over
   * log documents (1 is linear, 2 quadratic).
   *
   * @param documents the corpus sizes, at least two distinct
   * @param nanos the time measured at each size, all positive
   * @throws IllegalArgumentException when the lists differ in length, hold fewer than two distinct
   *     sizes, or a time is not positive
   */
  static double fittedExponent(List<Integer> documents, List<Long> nanos) {
    if (documents.size() != nanos.size()) {
      throw new IllegalArgumentException(
          documents.size() + " sizes but " + nanos.size() + " times");
    }
    double[] x = new double[documents.size()];
    double[] y = new double[documents.size()];
    for (int i = 0; i < x.length; i++) {
      if (documents.get(i) <= 0 || nanos.get(i) <= 0) {
        throw new IllegalArgumentException(
            "sizes and times must be positive: " + documents.get(i) + ", " + nanos.get(i));
      }
      x[i] = Math.log(documents.get(i));
      y[i] = Math.log(nanos.get(i));
    }
    return slope(x, y);
  }

  /**
   * The exponent that {@code n log n} growth would show through these sizes with {@link
   * #fittedExponent}: a little above 1, more for small sizes; a measured exponent at or below it
   * grows no worse than {@code n log n} over the range.
   */
  static double nLogNExponent(List<Integer> documents) {
    return fittedExponent(
        documents, documents.stream().map(n -> Math.round(n * Math.log(n) * 1e6)).toList());
  }

  private static double slope(double[] x, double[] y) {
    double meanX = 0;
    double meanY = 0;
    for (int i = 0; i < x.length; i++) {
      meanX += x[i] / x.length;
      meanY += y[i] / y.length;
    }
    double covariance = 0;
    double variance = 0;
    for (int i = 0; i < x.length; i++) {
      covariance += (x[i] - meanX) * (y[i] - meanY);
      variance += (x[i] - meanX) * (x[i] - meanX);
    }
    if (variance == 0) {
      throw new IllegalArgumentException("at least two distinct sizes are needed to fit a curve");
    }
    return covariance / variance;
  }
}

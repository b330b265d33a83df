package org.newsgraph.pipeline;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The advice {@code newsgraph build} gives when loading CoreNLP's models was most of the build: a
 * user who adds a few articles at a time pays the load on every run, and {@code newsgraph serve
 * --allow-ingest} pays it once (README, "serve").
 */
final class ModelLoadHint {

  /** The share of the build's wall time above which the hint is given. */
  static final double SHARE = 0.5;

  /** Builds shorter than this are not worth a hint (seconds). */
  static final long MIN_BUILD_SECONDS = 5;

  private ModelLoadHint() {}

  /**
   * The hint for a build that spent {@code loadNanos} of {@code buildNanos} loading models, if that
   * was most of it.
   *
   * @param loadNanos wall time spent loading CoreNLP's models (0 when every document was cached)
   * @param buildNanos wall time of the whole build
   */
  static Optional<String> forBuild(long loadNanos, long buildNanos) {
    if (buildNanos < TimeUnit.SECONDS.toNanos(MIN_BUILD_SECONDS)
        || loadNanos <= SHARE * buildNanos) {
      return Optional.empty();
    }
    return Optional.of(
        "loading CoreNLP's models took "
            + seconds(loadNanos)
            + " of this build's "
            + seconds(buildNanos)
            + "; to add articles often, keep them loaded: run 'newsgraph serve --allow-ingest' and"
            + " POST each article to /ingest (README, serve)");
  }

  private static String seconds(long nanos) {
    return TimeUnit.NANOSECONDS.toSeconds(nanos) + " s";
  }
}

package org.newsgraph.pipeline;

import java.util.function.Supplier;

/**
 * Told how long each stage of a build took (the benchmark listens; a normal build does not). A
 * stage may be reported more than once per build (e.g. {@link BuildStage#INGEST}, for reading the
 * inputs and for merging them with the store); the times add up.
 */
@FunctionalInterface
public interface BuildStageListener {

  /** A listener that ignores the timings. */
  BuildStageListener NONE = (stage, nanos) -> {};

  /**
   * Called when a stage has finished.
   *
   * @param stage the stage that ran
   * @param nanos its wall time in nanoseconds
   */
  void finished(BuildStage stage, long nanos);

  /** Runs one stage's work, tells this listener how long it took and returns its result. */
  default <T> T timed(BuildStage stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    finished(stage, System.nanoTime() - start);
    return result;
  }
}

package org.newsgraph.cli;

/**
 * Told how long each stage of a build took (the benchmark listens; a normal build does not). A
 * stage may be reported more than once per build (e.g. {@link BuildStage#INGEST}, for reading the
 * inputs and for merging them with the store); the times add up.
 */
@FunctionalInterface
interface BuildStageListener {

  /** A listener that ignores the timings. */
  BuildStageListener NONE = (stage, nanos) -> {};

  /**
   * @param stage the stage that ran
   * @param nanos its wall time in nanoseconds
   */
  void finished(BuildStage stage, long nanos);
}

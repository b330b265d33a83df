package org.newsgraph.pipeline;

/**
 * One stage of a build between reading the inputs and writing the store, in the manner of a Lucene
 * analysis chain: it takes what the stages before it made and returns that with its own result
 * added. The steps run in the order of {@link StageChain}.
 */
interface PipelineStep {

  /** The stage this step is, for timings and reports. */
  BuildStage stage();

  /**
   * Runs the stage.
   *
   * @param state what the earlier stages made
   * @param progress where to report progress
   * @return the state with this stage's result
   */
  BuildState apply(BuildState state, ProgressPrinter progress);
}

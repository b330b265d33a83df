package org.newsgraph.pipeline;

import java.util.List;

/**
 * The stages of a build between reading the inputs and writing the store, in the one order they
 * run: annotate, pattern rules, resolve, link, extract, graph. {@code newsgraph build}, the
 * server's additions and warm-up and the benchmark all run this list; each step is timed and
 * reported to a {@link BuildStageListener}.
 */
final class StageChain {

  private final List<PipelineStep> steps;

  /**
   * @param steps the steps in the order they run
   */
  StageChain(List<PipelineStep> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The stages of the steps, in order. */
  List<BuildStage> stages() {
    return steps.stream().map(PipelineStep::stage).toList();
  }

  /** The chain of the steps from the given stage on, leaving out the stages listed. */
  StageChain from(BuildStage first, BuildStage... without) {
    List<BuildStage> skipped = List.of(without);
    return new StageChain(
        steps.stream()
            .filter(step -> step.stage().compareTo(first) >= 0)
            .filter(step -> !skipped.contains(step.stage()))
            .toList());
  }

  /** Runs every step in order, telling the listener how long each took. */
  BuildState run(BuildState start, ProgressPrinter progress, BuildStageListener listener) {
    BuildState state = start;
    for (PipelineStep step : steps) {
      long begin = System.nanoTime();
      state = step.apply(state, progress);
      listener.finished(step.stage(), System.nanoTime() - begin);
    }
    return state;
  }
}

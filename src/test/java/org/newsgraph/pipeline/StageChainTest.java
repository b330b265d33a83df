package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageChainTest {

  /** A step that records that it ran, in order. */
  private record Recording(BuildStage stage, List<BuildStage> ran) implements PipelineStep {
    @Override
    public BuildState apply(BuildState state, ProgressPrinter progress) {
      ran.add(stage);
      return state;
    }
  }

  private static ProgressPrinter progress() {
    return new ProgressPrinter(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        false,
        System::nanoTime);
  }

  private static StageChain chainOf(List<BuildStage> ran, BuildStage... stages) {
    List<PipelineStep> steps = new ArrayList<>();
    for (BuildStage stage : stages) {
      steps.add(new Recording(stage, ran));
    }
    return new StageChain(steps);
  }

  @Test
  void runsTheStepsInOrderAndTimesEach() {
    List<BuildStage> ran = new ArrayList<>();
    List<BuildStage> timed = new ArrayList<>();
    StageChain chain = chainOf(ran, BuildStage.ANNOTATE, BuildStage.PATTERNS, BuildStage.RESOLVE);
    chain.run(BuildState.of(List.of()), progress(), (stage, nanos) -> timed.add(stage));
    assertEquals(List.of(BuildStage.ANNOTATE, BuildStage.PATTERNS, BuildStage.RESOLVE), ran);
    assertEquals(ran, timed);
  }

  @Test
  void fromStartsAtAStageAndLeavesOutTheOnesNamed() {
    List<BuildStage> ran = new ArrayList<>();
    StageChain chain =
        chainOf(
            ran,
            BuildStage.ANNOTATE,
            BuildStage.PATTERNS,
            BuildStage.RESOLVE,
            BuildStage.LINK,
            BuildStage.EXTRACT);
    StageChain later = chain.from(BuildStage.PATTERNS, BuildStage.LINK);
    assertEquals(
        List.of(BuildStage.PATTERNS, BuildStage.RESOLVE, BuildStage.EXTRACT), later.stages());
    later.run(BuildState.of(List.of()), progress(), BuildStageListener.NONE);
    assertEquals(later.stages(), ran);
  }
}

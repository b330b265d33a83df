package org.newsgraph.pipeline;

import org.newsgraph.extract.FactExtractor;

/** Extracts the facts the documents state about the resolved entities. */
final class ExtractStep implements PipelineStep {

  @Override
  public BuildStage stage() {
    return BuildStage.EXTRACT;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    return state.withFacts(new FactExtractor().extract(state.annotated(), state.resolved()));
  }
}

package org.newsgraph.pipeline;

import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.LearnedSettings;

/**
 * Extracts the facts the documents state about the resolved entities, with the learned relation
 * classifier when the build's {@link LearnedSettings} turn it on. The extractor (its rule files and
 * model) is loaded on first use and kept, like the resolver of {@link ResolveStep}.
 */
final class ExtractStep implements PipelineStep {

  private final LearnedSettings learned;
  private FactExtractor extractor;

  /**
   * @param learned whether the learned relation classifier runs, with which model, and where it
   *     writes its candidates
   */
  ExtractStep(LearnedSettings learned) {
    this.learned = learned;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.EXTRACT;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    return state.withFacts(extractorLoaded().extract(state.annotated(), state.resolved()));
  }

  private FactExtractor extractorLoaded() {
    if (extractor == null) {
      extractor = new FactExtractor(learned);
    }
    return extractor;
  }
}

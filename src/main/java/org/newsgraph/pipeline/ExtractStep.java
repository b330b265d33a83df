package org.newsgraph.pipeline;

import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.LearnedSettings;

/**
 * Extracts the facts the documents state about the resolved entities. The extractor (its rule
 * files) is loaded on first use and kept, like the resolver of {@link ResolveStep}.
 */
final class ExtractStep implements PipelineStep {

  private FactExtractor extractor;

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
      extractor = new FactExtractor(LearnedSettings.fromSystemProperties());
    }
    return extractor;
  }
}

package org.newsgraph.pipeline;

import org.newsgraph.resolve.EntityResolver;

/** Resolves the mentions of every document to entities, within and across documents. */
final class ResolveStep implements PipelineStep {

  @Override
  public BuildStage stage() {
    return BuildStage.RESOLVE;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    progress.message("resolving entities and extracting facts…");
    return state.withResolved(new EntityResolver().resolve(state.annotated()));
  }
}

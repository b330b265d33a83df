package org.newsgraph.pipeline;

import org.newsgraph.resolve.EntityResolver;

/**
 * Resolves the mentions of every document to entities, within and across documents. The resolver
 * (its place lists and rule files) is loaded on first use and kept, so that a server adding
 * documents one by one does not read them again for each.
 */
final class ResolveStep implements PipelineStep {

  private EntityResolver resolver;

  @Override
  public BuildStage stage() {
    return BuildStage.RESOLVE;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    progress.message("resolving entities and extracting facts…");
    return state.withResolved(resolverLoaded().resolve(state.annotated()));
  }

  private EntityResolver resolverLoaded() {
    if (resolver == null) {
      resolver = new EntityResolver();
    }
    return resolver;
  }
}

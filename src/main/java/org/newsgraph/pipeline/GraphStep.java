package org.newsgraph.pipeline;

import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;

/** Builds the RDF dataset of the documents, entities and facts in memory. */
final class GraphStep implements PipelineStep {

  private final GraphSettings settings;

  /**
   * @param settings the graph settings (base IRI)
   */
  GraphStep(GraphSettings settings) {
    this.settings = settings;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.GRAPH;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    return state.withGraph(
        new GraphBuilder(settings).buildGraph(state.annotated(), state.resolved(), state.facts()));
  }
}

package org.newsgraph.pipeline;

import java.util.stream.Collectors;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.graph.ShapeReport;
import org.newsgraph.graph.ShapeViolation;

/**
 * Builds the RDF dataset of the documents, entities and facts in memory, and checks it against the
 * graph model's SHACL shapes before anything is written: a graph that does not conform fails the
 * build, naming the nodes, and the store stays as it was.
 */
final class GraphStep implements PipelineStep {

  /** How many violations a failed build lists. */
  private static final int LISTED = 10;

  private final GraphSettings settings;
  private final GraphShapes shapes;

  /**
   * @param settings the graph settings (base IRI)
   */
  GraphStep(GraphSettings settings) {
    this(settings, GraphShapes.standard());
  }

  /**
   * @param settings the graph settings (base IRI)
   * @param shapes the shapes every built graph must conform to
   */
  GraphStep(GraphSettings settings, GraphShapes shapes) {
    this.settings = settings;
    this.shapes = shapes;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.GRAPH;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    BuiltGraph built =
        new GraphBuilder(settings).buildGraph(state.annotated(), state.resolved(), state.facts());
    ShapeReport report = shapes.check(built);
    if (!report.conforms()) {
      throw new PipelineException(
          PipelineException.Kind.INVALID_GRAPH, "the built graph", refusal(report));
    }
    return state.withGraph(built);
  }

  private static String refusal(ShapeReport report) {
    return report.violations().size()
        + " node(s) do not conform to the graph model's shapes (ontology/shapes.ttl), so nothing"
        + " was written; this is a newsgraph bug: please report it with these lines:\n  "
        + report.violations().stream()
            .limit(LISTED)
            .map(ShapeViolation::describe)
            .collect(Collectors.joining("\n  "));
  }
}

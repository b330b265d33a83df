package org.newsgraph.pipeline;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.graph.ShapeReport;
import org.newsgraph.graph.ShapeViolation;
import org.newsgraph.link.WikidataIds;
import org.newsgraph.link.kb.KnowledgeBase;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedCorpus;

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
  private final Optional<KnowledgeBase> knowledgeBase;

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
    this(settings, shapes, Optional.empty());
  }

  /**
   * @param settings the graph settings (base IRI)
   * @param shapes the shapes every built graph must conform to
   * @param knowledgeBase where the linked titles' Wikidata QIDs come from first (the bundled table
   *     answers for titles it lacks), or empty for the bundled table alone
   */
  GraphStep(GraphSettings settings, GraphShapes shapes, Optional<KnowledgeBase> knowledgeBase) {
    this.settings = settings;
    this.shapes = shapes;
    this.knowledgeBase = knowledgeBase;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.GRAPH;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    GraphBuilder builder =
        knowledgeBase
            .map(kb -> new GraphBuilder(settings, () -> wikidataIds(kb, state.resolved())))
            .orElseGet(() -> new GraphBuilder(settings));
    BuiltGraph built = builder.buildGraph(state.annotated(), state.resolved(), state.facts());
    ShapeReport report = shapes.check(built);
    if (!report.conforms()) {
      throw new PipelineException(
          PipelineException.Kind.INVALID_GRAPH, "the built graph", refusal(report));
    }
    return state.withGraph(built);
  }

  /** The QIDs of the corpus's linked titles from the knowledge base, then the bundled table. */
  private static WikidataIds wikidataIds(KnowledgeBase kb, ResolvedCorpus corpus) {
    Set<String> titles = new TreeSet<>();
    for (Entity entity : corpus.entities()) {
      entity.wikipediaTitle().ifPresent(titles::add);
    }
    return kb.wikidataIds(titles, WikidataIds.bundled());
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

package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * The SHACL shapes of the graph model ({@code ontology/shapes.ttl}), and the check of a dataset
 * against them: over the union of its named graphs, the ontology graph aside.
 */
public final class GraphShapes {

  /** Where the build puts the shapes on the classpath. */
  public static final String RESOURCE = "/org/newsgraph/graph/shapes.ttl";

  private final Shapes shapes;

  private GraphShapes(Shapes shapes) {
    this.shapes = shapes;
  }

  /** The shapes that ship with newsgraph. */
  public static GraphShapes standard() {
    try (InputStream in = GraphShapes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The shapes " + RESOURCE + " are missing from the classpath: rebuild newsgraph");
      }
      return fromGraph(RDFParser.source(in).lang(Lang.TURTLE).toGraph());
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the shapes " + RESOURCE, e);
    }
  }

  /** Shapes written in Turtle (tests, and checks stricter than the graph model's). */
  public static GraphShapes fromTurtle(String turtle) {
    return fromGraph(RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
  }

  private static GraphShapes fromGraph(Graph shapesGraph) {
    return new GraphShapes(Shapes.parse(shapesGraph));
  }

  /** Checks a built graph. */
  public ShapeReport check(BuiltGraph built) {
    return check(built.dataset());
  }

  /**
   * Checks the union of the dataset's named graphs, the ontology graph aside; the caller holds a
   * read transaction when the dataset needs one.
   */
  public ShapeReport check(DatasetGraph dataset) {
    Graph data = GraphFactory.createDefaultGraph();
    Node ontology = NG.ONTOLOGY_GRAPH;
    dataset
        .find()
        .forEachRemaining(
            quad -> {
              if (!ontology.equals(quad.getGraph())) {
                data.add(quad.asTriple());
              }
            });
    ValidationReport report = ShaclValidator.get().validate(shapes, data);
    List<ShapeViolation> violations =
        report.getEntries().stream()
            .map(GraphShapes::violation)
            .sorted(
                Comparator.comparing(ShapeViolation::focusNode)
                    .thenComparing(ShapeViolation::message))
            .toList();
    return new ShapeReport(data.size(), violations);
  }

  private static ShapeViolation violation(ReportEntry entry) {
    String path = entry.resultPath() == null ? "" : entry.resultPath().toString();
    String value = entry.value() == null ? "" : entry.value().toString();
    return new ShapeViolation(entry.focusNode().toString(), path, value, entry.message());
  }
}

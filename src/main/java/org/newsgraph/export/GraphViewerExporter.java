package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.store.GraphStore;

/**
 * Writes the entity-level graph of a store for graph viewers (see {@link ViewerFormat}): nodes are
 * the entities with their type, label, aliases, Wikipedia link and asserted titles; edges are the
 * asserted facts between entities with their relation, confidence and number of supporting
 * sentences. Nodes and edges come in a fixed order, so the same store gives the same file.
 */
public final class GraphViewerExporter {

  private GraphViewerExporter() {}

  /**
   * Writes a store's entity graph in a viewer format.
   *
   * @param store an open store
   * @param format the file format
   * @param out where to write (UTF-8); it is flushed, not closed
   * @throws UncheckedIOException when writing fails
   */
  public static void write(GraphStore store, ViewerFormat format, OutputStream out) {
    write(store.read(EntityGraphReader::read), format, out);
  }

  /**
   * Writes the entity graph of a dataset that follows the newsgraph graph model.
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void write(DatasetGraph dataset, ViewerFormat format, OutputStream out) {
    write(EntityGraphReader.read(dataset), format, out);
  }

  /**
   * Writes an entity graph in a viewer format.
   *
   * @throws UncheckedIOException when writing fails
   */
  public static void write(EntityGraph graph, ViewerFormat format, OutputStream out) {
    try {
      writer(format).write(graph, out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot write the " + format.optionName() + " export: " + e.getMessage(), e);
    }
  }

  private static EntityGraphWriter writer(ViewerFormat format) {
    return switch (format) {
      case GRAPHML -> new GraphMlWriter();
      case GEXF -> new GexfWriter();
      case CYTOSCAPE -> new CytoscapeJsonWriter();
      case DOT -> new DotWriter();
    };
  }
}

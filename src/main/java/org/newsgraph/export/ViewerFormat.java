package org.newsgraph.export;

import java.util.Locale;
import java.util.Optional;
import org.newsgraph.store.NamedFormat;

/** The file formats of graph viewers that {@link GraphViewerExporter} writes. */
public enum ViewerFormat implements NamedFormat {
  /** GraphML with declared keys, for yEd, Gephi and Cytoscape desktop. */
  GRAPHML("graphml"),
  /** GEXF 1.3, Gephi's own format. */
  GEXF("gexf"),
  /** Cytoscape.js JSON: {@code {"elements": {"nodes": [...], "edges": [...]}}}. */
  CYTOSCAPE("cyjs"),
  /** Graphviz DOT. */
  DOT("dot");

  private final String fileExtension;

  ViewerFormat(String fileExtension) {
    this.fileExtension = fileExtension;
  }

  /** The format's name as users type it, e.g. {@code graphml}. */
  @Override
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The usual file name extension, without the dot. */
  public String fileExtension() {
    return fileExtension;
  }

  /** The format with this name, case-insensitive, if there is one. */
  public static Optional<ViewerFormat> find(String name) {
    return NamedFormat.find(ViewerFormat.class, name);
  }

  /**
   * The format with this name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted formats when there is none
   */
  public static ViewerFormat fromName(String name) {
    return NamedFormat.byName(ViewerFormat.class, "graph viewer format", name);
  }
}

package org.newsgraph.cli;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.export.GraphViewerExporter;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.export.RdfFormat;
import org.newsgraph.export.ViewerFormat;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.NamedFormat;

/**
 * A format {@code newsgraph export} can write: its name and how to write a store in it.
 *
 * @param name the name users type after {@code --format}
 * @param writer writes the store's graph to a stream
 */
record ExportFormat(String name, Writer writer) {

  /** Writes a store's graph in one format. */
  @FunctionalInterface
  interface Writer {
    void write(GraphStore store, OutputStream out);
  }

  /** Every export format: the RDF serialisations, then the graph-viewer formats. */
  static List<ExportFormat> all() {
    List<ExportFormat> formats = new ArrayList<>();
    for (RdfFormat rdf : RdfFormat.values()) {
      formats.add(
          new ExportFormat(rdf.optionName(), (store, out) -> RdfExporter.write(store, rdf, out)));
    }
    formats.addAll(viewerFormats());
    return formats;
  }

  /**
   * The graph-viewer formats (graphml, gexf, cytoscape, dot): the place where the viewer exporters
   * of {@code org.newsgraph.export} are registered.
   */
  private static List<ExportFormat> viewerFormats() {
    return Arrays.stream(ViewerFormat.values())
        .map(
            viewer ->
                new ExportFormat(
                    viewer.optionName(),
                    (store, out) -> GraphViewerExporter.write(store, viewer, out)))
        .toList();
  }

  /** The format with this name, or an RDF format by one of its aliases (ttl, nt...), any case. */
  static Optional<ExportFormat> find(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    Optional<ExportFormat> exact = all().stream().filter(f -> f.name().equals(wanted)).findFirst();
    if (exact.isPresent()) {
      return exact;
    }
    return NamedFormat.find(RdfFormat.class, wanted)
        .flatMap(rdf -> all().stream().filter(f -> f.name().equals(rdf.optionName())).findFirst());
  }

  /** The names, comma-separated, for messages and help. */
  static String names() {
    return all().stream().map(ExportFormat::name).collect(Collectors.joining(", "));
  }
}

package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import org.newsgraph.files.AtomicFile;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/** {@code newsgraph export}: writes the store's graph in an RDF or graph-viewer format. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Writes the store's graph to stdout or a file.",
      "",
      "RDF formats: turtle, ntriples, jsonld and rdfxml write the union of all graphs as one"
          + " graph; trig and nquads keep the named graphs (corpus, one per document, ontology)."
          + " Output is sorted, so the same store gives the same bytes.",
      "",
      "Graph-viewer formats: graphml (yEd, Gephi, Cytoscape), gexf (Gephi), cytoscape"
          + " (Cytoscape.js JSON) and dot (Graphviz) write the entity graph: entities as nodes,"
          + " asserted facts between them as edges (see docs/serve.md).",
      "",
      "With --output the file is written under a temporary name and renamed when complete: a"
          + " failed export leaves no half-written file."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph export --format turtle --output graph.ttl",
      "  ./newsgraph export --format trig > graph.trig",
      "  ./newsgraph export --store /data/graph --format jsonld -o graph.jsonld",
      "  ./newsgraph export --format graphml --output graph.graphml"
    })
final class ExportCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Mixin private CommonOptions common;

  @Option(
      names = {"-f", "--format"},
      required = true,
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      completionCandidates = FormatNames.class,
      description = "One of: ${COMPLETION-CANDIDATES}.")
  private ExportFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of stdout (replaced if it exists).")
  private Path output;

  @Override
  public Integer call() {
    try (GraphStore store = GraphStore.openExisting(common.store())) {
      if (output == null) {
        format.writer().write(store, main.streams().out());
      } else {
        writeFile(store);
      }
    }
    return ExitCodes.OK;
  }

  private void writeFile(GraphStore store) {
    Path target = output.toAbsolutePath();
    Path folder = target.getParent();
    if (!Files.isDirectory(folder)) {
      throw new CliException(
          ExitCodes.OUTPUT_FAILED,
          output.toString(),
          "its folder does not exist; create " + folder + " first, or give another --output");
    }
    try {
      AtomicFile.write(target, out -> format.writer().write(store, out));
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(
          ExitCodes.OUTPUT_FAILED,
          output.toString(),
          "cannot be written ("
              + e.getMessage()
              + "); check that the folder is writable and"
              + " has free space",
          e);
    }
  }

  /** Reads a format name. */
  static final class FormatConverter implements ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      return ExportFormat.find(value)
          .orElseThrow(
              () ->
                  new TypeConversionException(
                      "unknown export format '" + value + "'; use one of " + ExportFormat.names()));
    }
  }

  /** The format names, for the help text. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ExportFormat.all().stream().map(ExportFormat::name).iterator();
    }
  }
}

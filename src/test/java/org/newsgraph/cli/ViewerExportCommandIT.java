package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.export.GraphViewerExporter;
import org.newsgraph.export.ViewerFormat;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/** {@code newsgraph export --format graphml|gexf|cytoscape|dot} over a real TDB2 store. */
class ViewerExportCommandIT {

  @TempDir Path dir;
  private Path store;

  @BeforeEach
  void createStore() {
    store = dir.resolve("store");
    try (GraphStore graphStore = GraphStore.open(store)) {
      graphStore.replaceContents(
          SampleCorpus.Wire.dataset(), new BuildSummary(Instant.now(), Map.of(), Map.of()));
    }
  }

  @ParameterizedTest
  @EnumSource(ViewerFormat.class)
  void eachViewerFormatIsWrittenToStdoutAndToAFile(ViewerFormat format) throws Exception {
    CliRun toStdout =
        CliRun.of("export", "--store", store.toString(), "--format", format.optionName());
    assertEquals(ExitCodes.OK, toStdout.exitCode(), toStdout::toString);
    assertEquals("", toStdout.err());

    Path file = dir.resolve("graph." + format.fileExtension());
    CliRun toFile =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--format",
            format.optionName(),
            "--output",
            file.toString());
    assertEquals(ExitCodes.OK, toFile.exitCode(), toFile::toString);

    byte[] expected = exportDirectly(format);
    assertArrayEquals(expected, Files.readAllBytes(file));
    assertArrayEquals(expected, toStdout.out().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theCytoscapeExportHasTheStoresEntitiesAndFacts() throws Exception {
    CliRun run = CliRun.of("export", "--store", store.toString(), "--format", "cytoscape");
    JsonNode elements = new ObjectMapper().readTree(run.out()).path("elements");
    assertEquals(SampleCorpus.Wire.ENTITY_COUNT, elements.path("nodes").size());
    assertEquals(SampleCorpus.Wire.ASSERTED_ENTITY_FACTS, elements.path("edges").size());
  }

  @Test
  void theHelpNamesTheViewerFormats() {
    CliRun run = CliRun.of("export", "--help");
    for (String name : new String[] {"graphml", "gexf", "cytoscape", "dot"}) {
      assertTrue(run.out().contains(name), name + " in " + run.out());
    }
  }

  private byte[] exportDirectly(ViewerFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GraphStore graphStore = GraphStore.openExisting(store)) {
      GraphViewerExporter.write(graphStore, format, out);
    }
    return out.toByteArray();
  }
}

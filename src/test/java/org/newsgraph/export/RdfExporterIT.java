package org.newsgraph.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

class RdfExporterIT {

  private static final BuildSummary SUMMARY = new BuildSummary(Instant.EPOCH, Map.of(), Map.of());

  @TempDir Path tmp;
  private DatasetGraph built;
  private GraphStore store;

  @BeforeEach
  void fillStore() {
    built =
        new GraphBuilder(GraphSettings.defaults())
            .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
    store = GraphStore.open(tmp.resolve("store"));
    store.replaceContents(built, SUMMARY);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @ParameterizedTest
  @EnumSource(
      value = RdfFormat.class,
      names = {"TURTLE", "NTRIPLES", "JSONLD", "RDFXML"})
  void graphFormatsReadBackAsTheUnionGraph(RdfFormat format) {
    Graph exported = RDFParser.fromString(export(format), lang(format)).toGraph();
    assertTrue(IsoMatcher.isomorphic(unionOf(built), exported), format.name());
  }

  @ParameterizedTest
  @EnumSource(
      value = RdfFormat.class,
      names = {"TRIG", "NQUADS"})
  void datasetFormatsReadBackWithTheirNamedGraphs(RdfFormat format) {
    DatasetGraph exported = DatasetGraphFactory.create();
    RDFParser.fromString(export(format), lang(format)).parse(exported);
    List<Node> names = new ArrayList<>();
    built.listGraphNodes().forEachRemaining(names::add);
    List<Node> exportedNames = new ArrayList<>();
    exported.listGraphNodes().forEachRemaining(exportedNames::add);
    assertEquals(names.size(), exportedNames.size());
    for (Node name : names) {
      assertTrue(
          IsoMatcher.isomorphic(built.getGraph(name), exported.getGraph(name)),
          format + " graph " + name);
    }
  }

  @Test
  void turtleUsesTheProjectsPrefixes() {
    String turtle = export(RdfFormat.TURTLE);
    assertTrue(turtle.contains("PREFIX ng:"), turtle.substring(0, 500));
    assertTrue(turtle.contains("PREFIX person:"));
    assertTrue(
        turtle.matches("(?s).*\\nperson:ada-lovelace\\s+rdf:type\\s+ng:Person.*"),
        "subjects use the prefixes");
  }

  @ParameterizedTest
  @EnumSource(RdfFormat.class)
  void theSameContentsGiveTheSameBytesWhateverTheStoresInsertionOrder(RdfFormat format) {
    byte[] first = exportBytes(store, format);
    assertArrayEquals(first, exportBytes(store, format), "same store");
    try (GraphStore shuffledStore = GraphStore.open(tmp.resolve("shuffled"))) {
      shuffledStore.replaceContents(shuffled(built), SUMMARY);
      assertArrayEquals(first, exportBytes(shuffledStore, format), "another store");
    }
  }

  private String export(RdfFormat format) {
    return new String(exportBytes(store, format), UTF_8);
  }

  private static byte[] exportBytes(GraphStore from, RdfFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RdfExporter.write(from, format, out);
    return out.toByteArray();
  }

  private static Graph unionOf(DatasetGraph dataset) {
    Graph union = GraphFactory.createDefaultGraph();
    dataset.find().forEachRemaining(quad -> union.add(quad.asTriple()));
    return union;
  }

  /** The same quads and prefixes, added in a shuffled order. */
  private static DatasetGraph shuffled(DatasetGraph dataset) {
    List<Quad> quads = new ArrayList<>();
    dataset.find().forEachRemaining(quads::add);
    Collections.shuffle(quads, new Random(7));
    DatasetGraph copy = DatasetGraphFactory.create();
    quads.forEach(copy::add);
    copy.prefixes().putAll(dataset.prefixes());
    return copy;
  }

  private static Lang lang(RdfFormat format) {
    return switch (format) {
      case TURTLE -> Lang.TURTLE;
      case TRIG -> Lang.TRIG;
      case NQUADS -> Lang.NQUADS;
      case NTRIPLES -> Lang.NTRIPLES;
      case JSONLD -> Lang.JSONLD;
      case RDFXML -> Lang.RDFXML;
    };
  }
}

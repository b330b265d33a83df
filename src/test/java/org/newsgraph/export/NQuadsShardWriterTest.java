package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.BuiltGraph;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.IriMinter;
import org.newsgraph.graph.NG;
import org.newsgraph.graph.SampleCorpus;

/**
 * The N-Quads shards of a built dataset parse back to the same dataset: every named graph in
 * exactly one shard, isomorphic to the in-memory one, the documents' graphs in their partition's
 * shard and the ontology and corpus graphs in {@code corpus.nq}.
 */
class NQuadsShardWriterTest {

  @TempDir Path dir;

  private final GraphSettings settings = GraphSettings.defaults();
  private final IriMinter iris = new IriMinter(settings);

  private BuiltGraph sample() {
    return new GraphBuilder(settings)
        .buildGraph(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
  }

  private List<NQuadsShard> writeTwoPartitions(BuiltGraph built, Path folder) {
    return new NQuadsShardWriter(settings)
        .write(built, List.of(List.of(SampleCorpus.DOC1), List.of(SampleCorpus.DOC2)), folder);
  }

  @Test
  void theShardsParseBackToADatasetIsomorphicGraphByGraph() {
    BuiltGraph built = sample();
    DatasetGraph original = built.dataset();
    Path folder = dir.resolve("shards");
    List<NQuadsShard> shards = writeTwoPartitions(built, folder);

    assertEquals(
        List.of("corpus.nq", "part-00000.nq", "part-00001.nq"),
        shards.stream().map(s -> s.file().getFileName().toString()).toList());
    Map<Node, Path> shardOfGraph = new LinkedHashMap<>();
    long quads = 0;
    for (NQuadsShard shard : shards) {
      DatasetGraph parsed = DatasetGraphFactory.create();
      RDFDataMgr.read(parsed, shard.file().toString());
      assertTrue(parsed.getDefaultGraph().isEmpty(), "no default graph in " + shard.file());
      List<Node> names = new ArrayList<>();
      parsed.listGraphNodes().forEachRemaining(names::add);
      assertEquals(shard.graphs(), names.size());
      for (Node name : names) {
        assertTrue(shardOfGraph.put(name, shard.file()) == null, name + " is in one shard only");
        assertTrue(
            original.getGraph(name).isIsomorphicWith(parsed.getGraph(name)),
            name + " parses back isomorphic from " + shard.file());
        assertEquals(original.getGraph(name).size(), parsed.getGraph(name).size());
      }
      assertEquals(shard.quads(), parsed.stream().count());
      quads += shard.quads();
    }
    List<Node> originalNames = new ArrayList<>();
    original.listGraphNodes().forEachRemaining(originalNames::add);
    assertEquals(originalNames.size(), shardOfGraph.size(), "every named graph is in a shard");
    assertEquals(original.stream().count(), quads);

    assertEquals(folder.resolve("corpus.nq"), shardOfGraph.get(NG.ONTOLOGY_GRAPH));
    assertEquals(folder.resolve("corpus.nq"), shardOfGraph.get(iris.corpusGraph()));
    assertEquals(
        folder.resolve("part-00000.nq"), shardOfGraph.get(iris.documentGraph(SampleCorpus.DOC1)));
    assertEquals(
        folder.resolve("part-00001.nq"), shardOfGraph.get(iris.documentGraph(SampleCorpus.DOC2)));
  }

  @Test
  void aSecondRunReplacesTheShardsOfTheFirstAndLeavesOtherFiles() throws IOException {
    Path folder = dir.resolve("shards");
    writeTwoPartitions(sample(), folder);
    Files.writeString(folder.resolve("README.txt"), "kept");
    Files.writeString(folder.resolve("part-00003.nq.tmp"), "left by a killed run");

    List<NQuadsShard> shards =
        new NQuadsShardWriter(settings)
            .write(sample(), List.of(List.of(SampleCorpus.DOC1, SampleCorpus.DOC2)), folder);

    assertEquals(2, shards.size());
    try (Stream<Path> files = Files.list(folder)) {
      assertEquals(
          List.of("README.txt", "corpus.nq", "part-00000.nq"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(2, shards.get(1).graphs());
  }

  @Test
  void aDocumentWithoutAGraphIsRefused() {
    Path folder = dir.resolve("shards");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new NQuadsShardWriter(settings)
                    .write(sample(), List.of(List.of(SampleCorpus.DOC1, "missing.txt")), folder));
    assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
    assertFalse(Files.exists(folder), "nothing written");
  }

  @Test
  void triplesInTheDefaultGraphAreRefused() {
    BuiltGraph built = sample();
    Node thing = NodeFactory.createURI("http://example.org/thing");
    built.dataset().getDefaultGraph().add(thing, thing, thing);
    assertThrows(
        IllegalArgumentException.class, () -> writeTwoPartitions(built, dir.resolve("shards")));
  }
}

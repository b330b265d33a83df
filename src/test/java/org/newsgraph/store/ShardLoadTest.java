package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * {@link GraphStore#replaceContentsFromShards}: the bulk loader's new version of the database
 * replaces the store's contents only when the load is complete; a failed or killed load leaves the
 * store, its {@code build.json} and its {@code cache/} as they were.
 */
class ShardLoadTest {

  private static final BuildSummary FIRST =
      new BuildSummary(Instant.parse("2025-05-01T10:15:30Z"), Map.of("base", "a"), Map.of());
  private static final BuildSummary SECOND =
      new BuildSummary(Instant.parse("2025-05-02T10:15:30Z"), Map.of("base", "b"), Map.of());

  @TempDir Path tmp;
  private Path storeDir;
  private GraphStore store;
  private DatasetGraph first;

  @BeforeEach
  void openAndFill() throws IOException {
    storeDir = tmp.resolve("store");
    first =
        new GraphBuilder(GraphSettings.defaults())
            .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
    store = GraphStore.open(storeDir);
    store.replaceContents(first, FIRST);
    Files.createDirectories(storeDir.resolve("cache"));
    Files.writeString(storeDir.resolve("cache/entry"), "cached");
  }

  @AfterEach
  void close() {
    store.close();
  }

  /** A smaller dataset, as two N-Quads files: the document graph in one, the rest in the other. */
  private List<Path> shardsOf(DatasetGraph dataset) throws IOException {
    List<Path> files = new ArrayList<>();
    List<Node> names = new ArrayList<>();
    dataset.listGraphNodes().forEachRemaining(names::add);
    for (int i = 0; i < 2; i++) {
      DatasetGraph part = DatasetGraphFactory.create();
      for (int n = i; n < names.size(); n += 2) {
        Node name = names.get(n);
        dataset.find(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(part::add);
      }
      Path file = tmp.resolve("part-" + i + ".nq");
      try (OutputStream out = Files.newOutputStream(file)) {
        RDFDataMgr.write(out, part, Lang.NQUADS);
      }
      files.add(file);
    }
    return files;
  }

  private static DatasetGraph second() {
    List<AnnotatedDocument> docs = SampleCorpus.documents();
    return new GraphBuilder(GraphSettings.defaults())
        .build(List.of(docs.get(1)), new ResolvedCorpus(List.of(), List.of()), List.of());
  }

  private void assertHolds(DatasetGraph expected) {
    store.read(
        stored -> {
          List<Node> names = new ArrayList<>();
          expected.listGraphNodes().forEachRemaining(names::add);
          List<Node> storedNames = new ArrayList<>();
          stored.listGraphNodes().forEachRemaining(storedNames::add);
          assertEquals(names.size(), storedNames.size(), "the same named graphs");
          for (Node name : names) {
            assertTrue(
                expected.getGraph(name).isIsomorphicWith(stored.getGraph(name)),
                name + " is isomorphic");
          }
          return null;
        });
  }

  private List<String> databaseEntries() throws IOException {
    try (Stream<Path> entries = Files.list(storeDir.resolve("tdb2"))) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theShardsReplaceTheContentsInANewVersion() throws IOException {
    DatasetGraph second = second();
    Map<String, String> prefixes = new TreeMap<>(Map.of("ex", "http://example.org/"));

    store.replaceContentsFromShards(shardsOf(second), prefixes, SECOND);

    assertHolds(second);
    assertEquals(
        List.of(SampleCorpus.DOC2), store.storedDocuments().stream().map(d -> d.id()).toList());
    assertEquals(
        prefixes, store.read(ds -> new TreeMap<>(ds.prefixes().getMapping())), "the prefixes");
    assertEquals(List.of("Data-0002", "tdb.lock"), databaseEntries(), "the old version is gone");
    assertEquals(SECOND, GraphStore.lastBuild(storeDir).orElseThrow());
    assertEquals("cached", Files.readString(storeDir.resolve("cache/entry")));

    store.close();
    store = GraphStore.openExisting(storeDir);
    assertHolds(second);
  }

  @Test
  void aFailedLoadLeavesTheStoreAsItWas() throws IOException {
    byte[] buildFile = Files.readAllBytes(storeDir.resolve("build.json"));
    List<Path> shards = new ArrayList<>(shardsOf(second()));
    Path broken = tmp.resolve("broken.nq");
    Files.writeString(broken, "<http://example.org/a> <http://example.org/b> \"unterminated .\n");
    shards.add(broken);

    StoreException e =
        assertThrows(
            StoreException.class, () -> store.replaceContentsFromShards(shards, Map.of(), SECOND));

    assertTrue(e.getMessage().contains("the store is unchanged"), e.getMessage());
    assertHolds(first);
    assertArrayEquals(buildFile, Files.readAllBytes(storeDir.resolve("build.json")));
    assertEquals(List.of("Data-0001", "tdb.lock"), databaseEntries(), "no temporary version");
    assertEquals("cached", Files.readString(storeDir.resolve("cache/entry")));
  }

  @Test
  void aLoadKilledHalfWayIsDroppedWhenTheStoreIsOpenedAgain() throws IOException {
    store.close();
    Path partial = storeDir.resolve("tdb2/Data-0002-tmp");
    Files.createDirectories(partial);
    Files.writeString(partial.resolve("nodes.dat"), "half written");

    store = GraphStore.openExisting(storeDir);

    assertHolds(first);
    assertFalse(Files.exists(partial), "TDB2 removes the unfinished version");
    store.replaceContentsFromShards(shardsOf(second()), Map.of(), SECOND);
    assertHolds(second());
  }
}

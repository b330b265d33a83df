package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.store.GraphStore;

/**
 * {@code build --engine spark} on a local Spark inside the test JVM, with the model-free annotator:
 * the same dataset as the single-process build, failures named, --keep-going, the options.
 */
class SparkBuildFlowIT {

  /** The model-free annotator that marks capitalised words as mentions, serializable for Spark. */
  private static final Function<AnnotatorSettings, DocumentAnnotator> CAPITALS =
      (Function<AnnotatorSettings, DocumentAnnotator> & Serializable)
          settings -> LineAnnotator.markingCapitals();

  /** The same, failing on the document {@code bad.txt}. */
  private static final Function<AnnotatorSettings, DocumentAnnotator> FAILING =
      (Function<AnnotatorSettings, DocumentAnnotator> & Serializable)
          settings -> {
            LineAnnotator annotator = LineAnnotator.markingCapitals();
            annotator.failIds.add("bad.txt");
            return annotator;
          };

  @TempDir Path dir;
  private Path corpus;

  @BeforeEach
  void writeCorpus() throws IOException {
    corpus = dir.resolve("corpus");
    write("a.txt", "Harbour reopens\nThe Harbour Authority of Norby reopened the port on Monday.");
    write("b.md", "# Rail strike ends\nTrains of Eastern Rail run again, said Anna Berg.");
    write("c.txt", "Council votes\nThe Norby Council voted on Tuesday.\nAnna Berg spoke.");
    write("d.html", "<html><body><h1>Museum opens</h1><p>The Norby Museum opened.</p></body>");
    write("e.txt", "Bridge closes\nThe Old Bridge closes for repairs, Eastern Rail said.");
  }

  private void write(String name, String text) throws IOException {
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve(name), text);
  }

  private static CliRun build(
      Function<AnnotatorSettings, DocumentAnnotator> loader, Path store, String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("build", "--store", store.toString()));
    args.addAll(List.of(options));
    return CliRun.with(loader, args.toArray(String[]::new));
  }

  @Test
  void sparkBuildsTheDatasetOfTheSingleProcessBuild() {
    Path single = dir.resolve("single");
    Path spark = dir.resolve("spark");
    CliRun expected = build(CAPITALS, single, corpus.toString());
    CliRun actual =
        build(
            CAPITALS,
            spark,
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--partitions",
            "3",
            corpus.toString());

    assertEquals(ExitCodes.OK, expected.exitCode(), expected::toString);
    assertEquals(ExitCodes.OK, actual.exitCode(), actual::toString);
    assertEquals("", actual.out(), "stdout carries data only");
    assertTrue(actual.err().contains("5 documents in 3 partition(s)"), actual::toString);
    for (String id : List.of("a.txt", "b.md", "c.txt", "d.html", "e.txt")) {
      assertEquals(
          1,
          actual.err().lines().filter(l -> l.matches("\\[[1-5]/5\\] " + id + " .*")).count(),
          () -> "one progress line for " + id + ": " + actual);
    }
    int graphs = SameDataset.assertSame(dir, single, spark);
    assertTrue(graphs >= 7, "five documents, the corpus and the ontology: " + graphs);
  }

  @Test
  void shardsOnePerPartitionLoadTheStoreWithTheSingleProcessDataset() throws IOException {
    Path single = dir.resolve("single");
    Path spark = dir.resolve("spark");
    Path shards = dir.resolve("shards");
    CliRun expected = build(CAPITALS, single, corpus.toString());
    CliRun actual =
        build(
            CAPITALS,
            spark,
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--partitions",
            "3",
            "--shards",
            shards.toString(),
            corpus.toString());

    assertEquals(ExitCodes.OK, expected.exitCode(), expected::toString);
    assertEquals(ExitCodes.OK, actual.exitCode(), actual::toString);
    assertTrue(actual.err().contains("in 4 N-Quads shards"), actual::toString);
    try (java.util.stream.Stream<Path> files = Files.list(shards)) {
      assertEquals(
          List.of("corpus.nq", "part-00000.nq", "part-00001.nq", "part-00002.nq"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    // Spark's parallelize cuts the 5 sorted documents into [a], [b, c], [d, e]
    assertEquals(List.of("a.txt"), documentGraphs(shards.resolve("part-00000.nq")));
    assertEquals(List.of("b.md", "c.txt"), documentGraphs(shards.resolve("part-00001.nq")));
    assertEquals(List.of("d.html", "e.txt"), documentGraphs(shards.resolve("part-00002.nq")));
    assertEquals(List.of(), documentGraphs(shards.resolve("corpus.nq")));
    int graphs = SameDataset.assertSame(dir, single, spark);
    assertTrue(graphs >= 7, "five documents, the corpus and the ontology: " + graphs);
  }

  /** The ids of the document graphs an N-Quads file holds, sorted. */
  private static List<String> documentGraphs(Path file) throws IOException {
    return Files.readAllLines(file).stream()
        .map(l -> l.substring(l.lastIndexOf('<') + 1, l.lastIndexOf('>')))
        .filter(g -> g.contains("/graph/doc/"))
        .map(g -> g.substring(g.indexOf("/graph/doc/") + "/graph/doc/".length()))
        .distinct()
        .sorted()
        .toList();
  }

  @Test
  void underKeepGoingTheShardsLeaveTheFailedDocumentOut() throws IOException {
    write("bad.txt", "Bad news\nThis one fails.");
    Path store = dir.resolve("store");
    Path shards = dir.resolve("shards");

    CliRun run =
        build(
            FAILING,
            store,
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--keep-going",
            "--shards",
            shards.toString(),
            corpus.toString());

    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exitCode(), run::toString);
    List<String> sharded = new java.util.ArrayList<>();
    for (String shard : List.of("part-00000.nq", "part-00001.nq")) {
      sharded.addAll(documentGraphs(shards.resolve(shard)));
    }
    assertEquals(
        List.of("a.txt", "b.md", "c.txt", "d.html", "e.txt"), sharded.stream().sorted().toList());
    try (GraphStore graph = GraphStore.openExisting(store)) {
      assertEquals(5, graph.storedDocuments().size());
    }
  }

  @Test
  void aSecondSparkBuildTakesTheAnnotationsFromTheCache() {
    Path store = dir.resolve("store");
    CliRun first =
        build(
            CAPITALS,
            store,
            "--engine",
            "spark",
            "--master",
            "local[1]",
            "--fresh",
            corpus.toString());
    CliRun second =
        build(
            CAPITALS,
            store,
            "--engine",
            "spark",
            "--master",
            "local[1]",
            "--fresh",
            "--base",
            "https://example.org/data/",
            corpus.toString());

    assertEquals(ExitCodes.OK, first.exitCode(), first::toString);
    assertEquals(ExitCodes.OK, second.exitCode(), second::toString);
    try (GraphStore graph = GraphStore.openExisting(store)) {
      assertEquals(5, graph.storedDocuments().size());
    }
    String counts = GraphStore.lastBuild(store).orElseThrow().counts().toString();
    assertTrue(counts.contains("annotated=0") && counts.contains("fromCache=5"), counts);
  }

  @Test
  void aDocumentThatFailsStopsTheBuildNamingItAndNothingIsWritten() throws IOException {
    write("bad.txt", "Bad news\nThis one fails.");
    Path store = dir.resolve("store");

    CliRun run =
        build(FAILING, store, "--engine", "spark", "--master", "local[2]", corpus.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertTrue(run.err().contains("bad.txt"), run::toString);
    assertTrue(run.err().contains("--keep-going"), run::toString);
    assertTrue(GraphStore.lastBuild(store).isEmpty(), "no build was recorded");
  }

  @Test
  void underKeepGoingTheOtherDocumentsAreBuiltAndTheFailedOneListed() throws IOException {
    write("bad.txt", "Bad news\nThis one fails.");
    Path store = dir.resolve("store");

    CliRun run =
        build(
            FAILING,
            store,
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--keep-going",
            corpus.toString());

    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exitCode(), run::toString);
    assertTrue(run.err().contains("bad.txt: could not be annotated"), run::toString);
    try (GraphStore graph = GraphStore.openExisting(store)) {
      List<String> ids = graph.storedDocuments().stream().map(SourceDocument::id).toList();
      assertEquals(5, ids.size(), ids::toString);
      assertFalse(ids.contains("bad.txt"), ids::toString);
    }
  }

  @Test
  void inputsAreReadOnTheExecutorsAndAnUnusableOneIsReportedAsInOneProcess() throws IOException {
    Files.write(corpus.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9, '\n'});
    CliRun single = build(CAPITALS, dir.resolve("single"), corpus.toString());
    CliRun spark =
        build(
            CAPITALS,
            dir.resolve("spark"),
            "--engine",
            "spark",
            "--master",
            "local[2]",
            corpus.toString());
    CliRun keepGoing =
        build(
            CAPITALS,
            dir.resolve("kept"),
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--keep-going",
            corpus.toString());

    assertEquals(ExitCodes.BAD_INPUT, single.exitCode(), single::toString);
    assertEquals(ExitCodes.BAD_INPUT, spark.exitCode(), spark::toString);
    String problem =
        single.err().lines().filter(l -> l.contains("latin1.txt")).findFirst().orElseThrow();
    assertTrue(spark.err().contains(problem), spark::toString);
    assertTrue(spark.err().contains("Spark: read 6 files in 2 partition(s)"), spark::toString);
    assertTrue(GraphStore.lastBuild(dir.resolve("spark")).isEmpty(), "nothing was written");
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, keepGoing.exitCode(), keepGoing::toString);
    assertTrue(keepGoing.err().contains(problem), keepGoing::toString);
    try (GraphStore graph = GraphStore.openExisting(dir.resolve("kept"))) {
      assertEquals(5, graph.storedDocuments().size());
    }
  }

  @Test
  void sparkOptionsNeedTheSparkEngine() {
    CliRun run = build(CAPITALS, dir.resolve("store"), "--partitions", "2", corpus.toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--engine spark"), run::toString);
  }
}

package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.store.GraphStore;

/**
 * The seeds built with real CoreNLP by {@code --engine spark --master local[2]} (annotated on the
 * executors from scratch) and by the single-process engine give the same RDF dataset: the same
 * named graphs, each isomorphic (issue 14).
 */
class SparkBuildIT {

  /** The test JVM's one CoreNLP pipeline (serializable, so that Spark's tasks can carry it). */
  private static final Function<AnnotatorSettings, DocumentAnnotator> CORENLP =
      (Function<AnnotatorSettings, DocumentAnnotator> & Serializable) SharedCoreNlp::annotator;

  @TempDir Path dir;

  @Test
  void theSeedsBuiltOnSparkAreTheSeedsBuiltInOneProcess() throws IOException {
    Path corpus = dir.resolve("seeds");
    Files.createDirectories(corpus);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName().toString()));
      }
    }
    Path spark = dir.resolve("spark");
    Path single = dir.resolve("single");

    CliRun onSpark =
        CliRun.with(
            CORENLP,
            "build",
            "--store",
            spark.toString(),
            "--engine",
            "spark",
            "--master",
            "local[2]",
            corpus.toString());
    CliRun inOneProcess =
        CliRun.with(CORENLP, "build", "--store", single.toString(), corpus.toString());

    assertEquals(ExitCodes.OK, onSpark.exitCode(), onSpark::toString);
    assertEquals(ExitCodes.OK, inOneProcess.exitCode(), inOneProcess::toString);
    assertEquals("", onSpark.out(), "stdout carries data only");
    String counts = GraphStore.lastBuild(spark).orElseThrow().counts().toString();
    assertTrue(counts.contains("annotated=5"), "annotated on the executors: " + counts);
    int graphs = SameDataset.assertSame(dir, single, spark);
    assertTrue(graphs >= 7, "five documents, the corpus and the ontology: " + graphs);

    Path sharded = dir.resolve("sharded");
    Path shards = dir.resolve("shards");
    copyFolder(single.resolve("cache"), sharded.resolve("cache"));
    CliRun fromShards =
        CliRun.with(
            CORENLP,
            "build",
            "--store",
            sharded.toString(),
            "--engine",
            "spark",
            "--master",
            "local[2]",
            "--shards",
            shards.toString(),
            corpus.toString());

    assertEquals(ExitCodes.OK, fromShards.exitCode(), fromShards::toString);
    assertTrue(fromShards.err().contains("in 3 N-Quads shards"), fromShards::toString);
    assertTrue(Files.isRegularFile(shards.resolve("part-00001.nq")), fromShards::toString);
    String shardCounts = GraphStore.lastBuild(sharded).orElseThrow().counts().toString();
    assertTrue(shardCounts.contains("fromCache=5"), "annotations from the cache: " + shardCounts);
    assertEquals(graphs, SameDataset.assertSame(dir, single, sharded));
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}

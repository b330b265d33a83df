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
  }
}

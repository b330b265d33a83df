package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.LineAnnotator;

/** The bench command with a model-free annotator: the flow, not the figures. */
class BenchCommandIT {

  @TempDir Path temp;

  @Test
  void buildsTwiceAndReportsTheCachedRebuild() throws Exception {
    LineAnnotator annotator = new LineAnnotator();
    Path json = temp.resolve("bench.json");
    Path work = temp.resolve("work");
    CliRun run =
        CliRun.with(
            s -> annotator,
            "bench",
            "--corpus",
            "seeds",
            "--docs",
            "3",
            "--no-baseline",
            "--no-rebuild-new-jvm",
            "--threads",
            "1",
            "--work",
            work.toString(),
            "--json",
            json.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(3, annotator.annotated.get(), "the rebuild takes every document from the cache");
    assertTrue(run.out().contains("build, empty store"), run.out());
    assertTrue(run.out().contains("build again, unchanged"), run.out());
    assertTrue(run.out().contains("rebuild of the unchanged corpus / first build"), run.out());
    assertTrue(run.out().contains("not measured in this run: speed-up over plain CoreNLP"));
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertEquals(3, report.at("/runs/0/documents").asInt());
    assertEquals("CACHED_REBUILD", report.at("/runs/1/kind").asText());
    assertTrue(report.at("/runs/0/tokens").asLong() > 1000, "tokens counted from the annotations");
    assertEquals(report.at("/runs/0/tokens").asLong(), report.at("/runs/1/tokens").asLong());
    assertTrue(Files.isDirectory(work.resolve("store-main")), "--work keeps the stores");
  }

  @Test
  void generatesTheLargeCorpusAndComparesThreads() throws Exception {
    LineAnnotator annotator = new LineAnnotator();
    Path work = temp.resolve("work");
    CliRun run =
        CliRun.with(
            s -> annotator,
            "bench",
            "--corpus",
            "large",
            "--docs",
            "12",
            "--no-baseline",
            "--no-rebuild",
            "--threads",
            "2",
            "--threads-compare",
            "--work",
            work.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(36, annotator.annotated.get(), "three builds of 12 documents into empty stores");
    try (var files = Files.list(work.resolve("corpus-large"))) {
      assertEquals(12, files.count());
    }
    assertTrue(run.out().contains("build --threads 1, empty store"), run.out());
    assertTrue(run.out().contains("build --threads 2, empty store"), run.out());
    assertTrue(run.out().contains("throughput with 2 threads / with 1"), run.out());
    assertTrue(
        run.err().contains("12 articles generated from the 5 documents of seeds"), run.err());
  }

  @Test
  void growthBuildsEachSizeThenAddsOneNewDocument() throws Exception {
    LineAnnotator annotator = new LineAnnotator();
    Path work = temp.resolve("work");
    Path json = temp.resolve("growth.json");
    CliRun run =
        CliRun.with(
            s -> annotator,
            "bench",
            "--growth",
            "2,4",
            "--no-new-jvm",
            "--threads",
            "1",
            "--work",
            work.toString(),
            "--json",
            json.toString());
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(
        2 + 4 + 1 + 1 + 1,
        annotator.annotated.get(),
        "each corpus once, then only the new document three times");
    try (var files = Files.list(work.resolve("corpus-growth"))) {
      assertEquals(5, files.count(), "the largest size and the new document");
    }
    assertTrue(run.out().contains("add one document / that document alone"), run.out());
    assertTrue(run.out().contains("growth exponent of the work that is not annotation"));
    JsonNode report = new ObjectMapper().readTree(json.toFile());
    assertEquals(4, report.at("/sizes/1/documents").asInt());
    assertEquals(5, documentsIn(work.resolve("store-4")), "the new document was added");
    assertEquals(1, documentsIn(work.resolve("store-0")), "and built alone");
  }

  @Test
  void growthRejectsTheUsualCorpusOptions() {
    CliRun run =
        CliRun.with(s -> new LineAnnotator(), "bench", "--growth", "--docs", "3", "--no-new-jvm");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
    assertTrue(run.err().contains("drop --docs"), run.err());
    CliRun decreasing = CliRun.with(s -> new LineAnnotator(), "bench", "--growth", "5,2");
    assertEquals(ExitCodes.USAGE, decreasing.exitCode(), decreasing.toString());
    assertTrue(decreasing.err().contains("sizes must increase"), decreasing.err());
  }

  private static long documentsIn(Path store) {
    CliRun count =
        CliRun.of(
            "query",
            "--store",
            store.toString(),
            "--format",
            "csv",
            "SELECT (COUNT(*) AS ?n) WHERE { ?d a <https://w3id.org/newsgraph/ontology#Document> }");
    assertEquals(0, count.exitCode(), count.toString());
    return Long.parseLong(count.out().lines().skip(1).findFirst().orElseThrow().strip());
  }

  @Test
  void deletesItsTemporaryFolder() {
    LineAnnotator annotator = new LineAnnotator();
    String tmp = System.getProperty("java.io.tmpdir");
    long before = benchFolders(tmp);
    CliRun run =
        CliRun.with(s -> annotator, "bench", "--docs", "1", "--no-baseline", "--no-rebuild");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(before, benchFolders(tmp));
  }

  @Test
  void rejectsAMissingCorpusFolderAndBadCounts() {
    CliRun missing =
        CliRun.with(
            s -> new LineAnnotator(),
            "bench",
            "--corpus",
            temp.resolve("nope").toString(),
            "--no-baseline");
    assertEquals(ExitCodes.BAD_INPUT, missing.exitCode(), missing.toString());
    assertTrue(missing.err().contains("no such folder"), missing.err());
    CliRun zero = CliRun.with(s -> new LineAnnotator(), "bench", "--docs", "0");
    assertEquals(ExitCodes.USAGE, zero.exitCode(), zero.toString());
  }

  private static long benchFolders(String tmp) {
    try (var files = Files.list(Path.of(tmp))) {
      return files.filter(p -> p.getFileName().toString().startsWith("newsgraph-bench-")).count();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

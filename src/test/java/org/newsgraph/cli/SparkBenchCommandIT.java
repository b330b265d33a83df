package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.LineAnnotator;

/**
 * {@code bench --engine spark} with the model-free annotator and a tiny corpus: the flow (four
 * engine runs, the sizes, the report and the JSON), not the figures.
 */
class SparkBenchCommandIT {

  private static final Function<AnnotatorSettings, DocumentAnnotator> CAPITALS =
      (Function<AnnotatorSettings, DocumentAnnotator> & Serializable)
          settings -> LineAnnotator.markingCapitals();

  @TempDir Path temp;

  @Test
  void comparesTheEnginesAndTimesTheCorpusWideStagesBySize() throws Exception {
    Path json = temp.resolve("spark.json");
    Path work = temp.resolve("work");
    CliRun run =
        CliRun.with(
            CAPITALS,
            "bench",
            "--engine",
            "spark",
            "--docs",
            "4",
            "--sizes",
            "2,4,6",
            "--work",
            work.toString(),
            "--json",
            json.toString());

    assertEquals(0, run.exitCode(), run.toString());
    for (String name :
        new String[] {
          "single process, 1 thread(s)",
          "single process, 2 thread(s)",
          "Spark local[1]",
          "Spark local[2]"
        }) {
      assertTrue(run.out().contains(name), () -> name + ": " + run.out());
    }
    assertTrue(
        run.out().contains("per core, Spark local[2] / single process with 2 thread(s):"),
        run.out());
    assertTrue(run.out().contains("corpus-wide time ~ documents^"), run.out());
    assertTrue(run.err().contains("[4/4] "), "progress per document: " + run.err());
    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    assertEquals(4, root.get("runs").size());
    assertEquals(3, root.get("sizes").size());
    assertEquals(6, root.get("sizes").get(2).get("documents").asInt());
    assertTrue(root.get("perCoreRatioLocal2").asDouble() > 0, root.toString());
    assertEquals(2, root.get("targets").size(), root.toString());
    for (String store : new String[] {"store-single-1", "store-spark-2", "store-size-6"}) {
      assertTrue(Files.isDirectory(work.resolve(store)), store);
    }
  }

  @Test
  void rejectsTheUsualBenchmarksOptionsAndBadSizes() {
    CliRun threads =
        CliRun.with(CAPITALS, "bench", "--engine", "spark", "--threads", "2", "--docs", "2");
    assertEquals(ExitCodes.USAGE, threads.exitCode(), threads.toString());
    assertTrue(threads.err().contains("drop --threads"), threads.err());
    CliRun sizes = CliRun.with(CAPITALS, "bench", "--engine", "spark", "--sizes", "4,2");
    assertEquals(ExitCodes.USAGE, sizes.exitCode(), sizes.toString());
    assertTrue(sizes.err().contains("increasing"), sizes.err());
    CliRun sizesAlone = CliRun.with(CAPITALS, "bench", "--sizes", "2,4");
    assertEquals(ExitCodes.USAGE, sizesAlone.exitCode(), sizesAlone.toString());
    assertTrue(sizesAlone.err().contains("--sizes needs --engine spark"), sizesAlone.err());
  }
}

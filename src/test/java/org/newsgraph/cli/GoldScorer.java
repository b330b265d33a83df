package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scores a store against a gold set with {@code ../shared/eval/score.py}: runs the scorer's queries
 * through {@code newsgraph query}, then the scorer over their results.
 */
final class GoldScorer {

  /** The shared evaluation folder beside the repository. */
  static final Path EVAL = Path.of("..", "shared", "eval");

  private static final List<String> QUERIES = List.of("entities", "facts", "labels", "links");

  private GoldScorer() {}

  /** Whether the scorer is there to run. */
  static boolean available() {
    return Files.isRegularFile(EVAL.resolve("score.py"));
  }

  /**
   * The scorer's {@code score} object for a store.
   *
   * @param store the built store
   * @param gold the gold set's folder
   * @param results a new folder for the query results
   */
  static JsonNode score(Path store, Path gold, Path results)
      throws IOException, InterruptedException {
    Files.createDirectories(results);
    for (String query : QUERIES) {
      Path file = EVAL.resolve("queries").resolve(query + ".rq");
      CliRun run =
          CliRun.of(
              "query", "--store", store.toString(), "--format", "json", "--file", file.toString());
      assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
      Files.writeString(results.resolve(query + ".json"), run.out(), StandardCharsets.UTF_8);
    }
    Process scorer =
        new ProcessBuilder(
                "python3",
                EVAL.resolve("score.py").toString(),
                "--gold",
                gold.toString(),
                "--results-dir",
                results.toString(),
                "--json")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    byte[] json = scorer.getInputStream().readAllBytes();
    assertTrue(scorer.waitFor(5, TimeUnit.MINUTES), "the scorer did not finish");
    assertEquals(0, scorer.exitValue(), "the scorer failed on " + gold);
    return new ObjectMapper().readTree(json).path("score");
  }
}

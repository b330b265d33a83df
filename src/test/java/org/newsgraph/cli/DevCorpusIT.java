package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression check on the development corpus: builds every set listed in {@code
 * dev-corpus/floors.tsv} (the seeds and the held-out sets with their blind gold) with the real
 * pipeline, scores it with the project's scorer ({@code ../shared/eval/score.py} beside the
 * repository) and fails when any figure falls below the floor recorded for it. The scores are
 * printed, and written to {@code target/dev-corpus-scores.tsv}, so a rule that helps one text and
 * breaks others shows at once. When a change raises the scores, raise the floors with it.
 */
class DevCorpusIT {

  private static final Path EVAL = GoldScorer.EVAL;
  private static final Path FLOORS =
      Path.of("src", "test", "resources", "dev-corpus", "floors.tsv");
  private static final List<String> FIGURES =
      List.of("entity_p", "entity_r", "entity_f1", "fact_p", "fact_r", "fact_f1", "link_acc");

  @TempDir Path temp;

  /** One row of floors.tsv: a set, its articles and gold, and the lowest allowed figures. */
  private record Floor(String set, Path articles, Path gold, Map<String, Double> minimum) {}

  @Test
  void everySetScoresAtLeastItsFloors() throws IOException, InterruptedException {
    // floors are compared with the figures as the scorer prints them, to three decimals
    assumeTrue(
        Files.isRegularFile(EVAL.resolve("score.py")),
        "the scorer ../shared/eval/score.py is not beside the repository; skipping the check");
    List<String> report = new ArrayList<>();
    List<String> drops = new ArrayList<>();
    report.add("set\t" + String.join("\t", FIGURES));
    for (Floor floor : floors()) {
      JsonNode score = score(floor);
      StringBuilder row = new StringBuilder(floor.set());
      for (String figure : FIGURES) {
        String printed =
            String.format(Locale.ROOT, "%.3f", score.path(figure).asDouble(Double.NaN));
        row.append('\t').append(printed);
        double value = Double.parseDouble(printed);
        Double minimum = floor.minimum().get(figure);
        if (minimum != null && !(value >= minimum - 1e-9)) {
          drops.add(floor.set() + " " + figure + " " + value + " < floor " + minimum);
        }
      }
      report.add(row.toString());
    }
    String table = String.join("\n", report) + "\n";
    System.out.print("development corpus scores:\n" + table);
    Files.writeString(Path.of("target", "dev-corpus-scores.tsv"), table, StandardCharsets.UTF_8);
    assertTrue(drops.isEmpty(), "scores fell below their floors:\n" + String.join("\n", drops));
  }

  private static List<Floor> floors() throws IOException {
    List<String> lines = Files.readAllLines(FLOORS, StandardCharsets.UTF_8);
    String[] header =
        lines.stream().filter(l -> l.startsWith("set\t")).findFirst().orElseThrow().split("\t");
    List<Floor> floors = new ArrayList<>();
    for (String line : lines) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("set\t")) {
        continue;
      }
      String[] cells = line.split("\t");
      Map<String, Double> minimum = new TreeMap<>();
      for (int i = 3; i < header.length; i++) {
        minimum.put(header[i], Double.parseDouble(cells[i]));
      }
      floors.add(
          new Floor(
              cells[0],
              Path.of(cells[1]),
              Path.of(cells[2].replace("$EVAL", EVAL.toString())),
              minimum));
    }
    return floors;
  }

  /** Builds the set into a new store, runs the scorer's queries and returns its score object. */
  private JsonNode score(Floor floor) throws IOException, InterruptedException {
    Path store = temp.resolve("store-" + floor.set());
    CliRun build =
        CliRun.with(
            SharedCoreNlp::annotator,
            "build",
            "--store",
            store.toString(),
            "--threads",
            "2",
            floor.articles().toString());
    assertEquals(ExitCodes.OK, build.exitCode(), build::toString);
    return GoldScorer.score(store, floor.gold(), temp.resolve("results-" + floor.set()));
  }
}

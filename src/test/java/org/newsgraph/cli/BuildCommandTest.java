package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.TestRelationModels;
import org.newsgraph.resolve.TaggedAnnotator;

/** Argument checks and input failures of {@code build}, all before any model is loaded. */
class BuildCommandTest {

  @TempDir Path dir;

  private Path store() {
    return dir.resolve("store");
  }

  private Path article(String name) throws IOException {
    return Files.writeString(dir.resolve(name), "A headline\nThe body of the article.");
  }

  @Test
  void needsAtLeastOneInput() {
    CliRun run = CliRun.of("build", "--store", store().toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("Missing required parameter: 'INPUT'"), run.err());
  }

  @Test
  void rejectsZeroThreads() throws IOException {
    CliRun run =
        CliRun.of(
            "build", "--threads", "0", "--store", store().toString(), article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().startsWith("newsgraph: --threads must be at least 1; got 0"), run.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void rejectsABaseIriThatCannotPrefixIris() throws IOException {
    CliRun run =
        CliRun.of(
            "build",
            "--base",
            "example.org/data",
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(
        run.err()
            .startsWith("newsgraph: --base: The base IRI 'example.org/data' is not" + " usable"),
        run.err());
  }

  @Test
  void rejectsUnknownAnnotatorSettings() throws IOException {
    CliRun run =
        CliRun.of(
            "build",
            "--annotator",
            "speed=max",
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(
        run.err().startsWith("newsgraph: --annotator: Unknown annotator setting 'speed'"),
        run.err());
  }

  @Test
  void rejectsUnknownOrOutOfRangeLinkSettings() throws IOException {
    CliRun unknown =
        CliRun.of(
            "build",
            "--link",
            "threshold=0.5",
            "--store",
            store().toString(),
            article("a.txt").toString());
    CliRun outOfRange =
        CliRun.of(
            "build",
            "--link",
            "minScore=1.5",
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, unknown.exitCode());
    assertTrue(
        unknown.err().startsWith("newsgraph: --link: Unknown link setting 'threshold'"),
        unknown.err());
    assertEquals(ExitCodes.USAGE, outOfRange.exitCode());
    assertTrue(outOfRange.err().contains("'minScore' must be between 0 and 1"), outOfRange.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void aMissingLearnedRelationModelIsAUsageErrorNamingTheFile() throws IOException {
    Path missing = dir.resolve("missing.ser.gz");
    CliRun run =
        CliRun.of(
            "build",
            "--learned-relations=" + missing,
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(
        run.err()
            .startsWith(
                "newsgraph: --learned-relations: the relation model "
                    + missing
                    + " does not exist;"),
        run.err());
    assertTrue(run.err().contains("newsgraph train-relations --output FILE"), run.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void aFileThatIsNoRelationModelIsAUsageErrorNamingTheFile() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "not a model");
    CliRun run =
        CliRun.of(
            "build",
            "--learned-relations=" + notes,
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(
        run.err()
            .startsWith(
                "newsgraph: --learned-relations: the relation model " + notes + " cannot be read"),
        run.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void learnedRelationsWithAnEmptyValueIsAUsageErrorSayingWhatToGive() throws IOException {
    CliRun run =
        CliRun.of(
            "build",
            "--learned-relations=",
            "--store",
            store().toString(),
            article("a.txt").toString());
    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(
        run.err().startsWith("newsgraph: --learned-relations: no model file after '='"), run.err());
    assertTrue(run.err().contains("--learned-relations alone for the bundled model"), run.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void learnedRelationsAloneTakesTheBundledModelAndLeavesTheNextArgumentAnInput() {
    Path missing = dir.resolve("missing.txt");
    CliRun run =
        CliRun.of(
            "build", "--store", store().toString(), "--learned-relations", missing.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("newsgraph: " + missing + ": no such file"), run.err());

    CliRun last =
        CliRun.of(
            "build", "--store", store().toString(), missing.toString(), "--learned-relations");
    assertEquals(ExitCodes.BAD_INPUT, last.exitCode(), last::toString);
  }

  @Test
  void aBuildWithAModelFileRecordsItAndSwitchingItOffRebuilds() throws IOException {
    TaggedAnnotator tagged =
        new TaggedAnnotator(
            "Jane/NNP/PERSON Doe/NNP/PERSON toils/VBZ/O at/IN/O Acme/NNP/ORGANIZATION"
                + " Corp/NNP/ORGANIZATION ././O");
    Path input = Files.writeString(dir.resolve("a.txt"), tagged.text());
    Path model = TestRelationModels.writeToil(dir.resolve("toil.ser.gz"));
    Path dump = dir.resolve("candidates.tsv");

    CliRun on =
        CliRun.with(
            settings -> tagged,
            "build",
            "--no-link",
            "--learned-relations=" + model,
            "--dump-relation-candidates",
            dump.toString(),
            "--store",
            store().toString(),
            input.toString());
    assertEquals(ExitCodes.OK, on.exitCode(), on::toString);
    String recorded = Files.readString(store().resolve("build.json"));
    assertTrue(recorded.contains("\"learned.relations\" : \"file:"), recorded);
    assertTrue(Files.readString(dump).contains("person/jane-doe"));

    CliRun off =
        CliRun.with(
            settings -> tagged,
            "build",
            "--no-link",
            "--store",
            store().toString(),
            input.toString());
    assertEquals(ExitCodes.OK, off.exitCode(), off::toString);
    assertFalse(off.err().contains("is up to date"), off.err());
    assertTrue(
        Files.readString(store().resolve("build.json"))
            .contains("\"learned.relations\" : \"off\""));
  }

  @Test
  void badInputStopsBeforeTheStoreIsTouched() throws IOException {
    Path good = article("good.txt");
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path missing = dir.resolve("missing.txt");

    CliRun run =
        CliRun.of(
            "build",
            "--store",
            store().toString(),
            good.toString(),
            empty.toString(),
            missing.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertEquals("", run.out());
    String[] lines = run.err().split("\n");
    assertEquals(
        "newsgraph: "
            + missing
            + ": no such file or folder; check the path (relative"
            + " paths start at the current folder)",
        lines[0]);
    assertTrue(
        lines[1].startsWith("newsgraph: " + empty + ": is empty (or only whitespace); "), lines[1]);
    assertTrue(lines[2].startsWith("newsgraph: nothing was written;"), lines[2]);
    assertEquals(3, lines.length, run.err());
    assertFalse(Files.exists(store()), "the store folder must not be created");
  }

  @Test
  void keepGoingWithNoUsableInputIsStillBadInput() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.md"), "");
    CliRun run =
        CliRun.of("build", "--keep-going", "--store", store().toString(), empty.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(
        run.err().contains("none of the inputs could be used; nothing was written"), run.err());
    assertFalse(Files.exists(store()));
  }

  @Test
  void aStoreFolderThatIsAFileIsUnusable() throws IOException {
    Path notAStore = Files.writeString(dir.resolve("store.txt"), "not a folder");
    CliRun run = CliRun.of("build", "--store", notAStore.toString(), article("a.txt").toString());
    assertEquals(ExitCodes.STORE_UNUSABLE, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("newsgraph: "), run.err());
    assertTrue(run.err().contains("is a file, not a newsgraph store folder"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace without --verbose");
  }

  @Test
  void verboseShowsTheStackTrace() throws IOException {
    Path notAStore = Files.writeString(dir.resolve("store.txt"), "not a folder");
    CliRun run =
        CliRun.of(
            "build", "--verbose", "--store", notAStore.toString(), article("a.txt").toString());
    assertEquals(ExitCodes.STORE_UNUSABLE, run.exitCode());
    assertTrue(run.err().contains("\tat org.newsgraph.store."), run.err());
  }
}

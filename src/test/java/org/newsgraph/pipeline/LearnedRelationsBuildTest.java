package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.extract.TestRelationModels;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.resolve.TaggedAnnotator;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/**
 * Whole builds (model-free annotator, no linking) with the learned relation classifier off, with a
 * model file and with a candidate dump: the setting reaches the extractor, build.json records it,
 * and switching it builds again instead of finding the store up to date.
 */
class LearnedRelationsBuildTest {

  /** A person said to toil at a company, which the test model takes for employment. */
  private static final TaggedAnnotator ANNOTATOR =
      new TaggedAnnotator(
          "Jane/NNP/PERSON Doe/NNP/PERSON toils/VBZ/O at/IN/O Acme/NNP/ORGANIZATION"
              + " Corp/NNP/ORGANIZATION ././O");

  @TempDir Path dir;

  private BuildOptions options(LearnedSettings learned) throws Exception {
    Path article = dir.resolve("a.txt");
    if (!Files.exists(article)) {
      Files.writeString(article, ANNOTATOR.text(), StandardCharsets.UTF_8);
    }
    return BuildOptions.defaults(List.of(article), dir.resolve("store"))
        .withLink(LinkSettings.disabled())
        .withLearned(learned);
  }

  /** Builds and returns what stderr said. */
  private String build(BuildOptions options) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8);
    BuildStatus status =
        new BuildRun(options, new Streams(stream, stream, false), settings -> ANNOTATOR).run();
    String log = err.toString(StandardCharsets.UTF_8);
    assertEquals(BuildStatus.OK, status, log);
    return log;
  }

  private BuildSummary lastBuild() {
    return GraphStore.lastBuild(dir.resolve("store")).orElseThrow();
  }

  @Test
  void aModelFileAddsItsFactsIsRecordedAndSwitchingItRebuilds() throws Exception {
    Path model = TestRelationModels.writeToil(dir.resolve("toil.ser.gz"));

    build(options(LearnedSettings.OFF));
    long factsOff = lastBuild().counts().get("facts");
    assertEquals("off", lastBuild().settings().get("learned.relations"));
    assertTrue(build(options(LearnedSettings.OFF)).contains("is up to date"));

    String on = build(options(LearnedSettings.modelFile(model)));
    assertFalse(on.contains("is up to date"), on);
    Map<String, String> recorded = lastBuild().settings();
    assertTrue(recorded.get("learned.relations").startsWith("file:"), recorded.toString());
    assertEquals(model.toString(), recorded.get("learned.model"));
    assertEquals(factsOff + 1, lastBuild().counts().get("facts"), "the learned employer fact");
    assertTrue(build(options(LearnedSettings.modelFile(model))).contains("is up to date"));

    String offAgain = build(options(LearnedSettings.OFF));
    assertFalse(offAgain.contains("is up to date"), offAgain);
    assertEquals(factsOff, lastBuild().counts().get("facts"));
  }

  @Test
  void theBundledModelIsRecordedAndSwitchingItRebuilds() throws Exception {
    build(options(LearnedSettings.OFF));

    String on = build(options(LearnedSettings.bundled()));

    assertFalse(on.contains("is up to date"), on);
    assertEquals("bundled", lastBuild().settings().get("learned.relations"));
  }

  @Test
  void aDumpIsWrittenEvenWhenTheStoreIsUpToDateAndDoesNotChangeTheGraph() throws Exception {
    build(options(LearnedSettings.OFF));
    long facts = lastBuild().counts().get("facts");
    Path dump = dir.resolve("candidates.tsv");

    String dumping = build(options(LearnedSettings.OFF.withDump(dump)));

    assertFalse(dumping.contains("is up to date"), dumping);
    String rows = Files.readString(dump, StandardCharsets.UTF_8);
    assertTrue(rows.contains("person/jane-doe"), rows);
    assertTrue(rows.contains("between-words=toils at"), rows);
    assertEquals(facts, lastBuild().counts().get("facts"));
    assertEquals(dump.toString(), lastBuild().settings().get("learned.dump"));
    assertTrue(build(options(LearnedSettings.OFF)).contains("is up to date"));
  }

  @Test
  void aServerAddingDocumentsKeepsTheStoresModelButWritesNoDump() throws Exception {
    Path model = TestRelationModels.writeToil(dir.resolve("toil.ser.gz"));
    Path dump = dir.resolve("candidates.tsv");
    build(options(LearnedSettings.modelFile(model).withDump(dump)));
    long facts = lastBuild().counts().get("facts");
    Files.delete(dump);
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        StoreIngestor ingestor =
            StoreIngestor.start(
                store,
                settings -> ANNOTATOR,
                new PrintStream(err, true, StandardCharsets.UTF_8),
                DocumentLimit.DEFAULT)) {
      ingestor.ingest("b.txt", ANNOTATOR.text().getBytes(StandardCharsets.UTF_8));
    }

    Map<String, String> recorded = lastBuild().settings();
    assertEquals(2, lastBuild().counts().get("documents"));
    assertEquals(facts, lastBuild().counts().get("facts"), "the learned fact is kept");
    assertTrue(recorded.get("learned.relations").startsWith("file:"), recorded.toString());
    assertFalse(recorded.containsKey("learned.dump"), recorded.toString());
    assertFalse(Files.exists(dump), "the server writes no dump");
  }
}

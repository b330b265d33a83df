package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.store.GraphStore;

/**
 * One {@link CorpusBuilder} over one open store and one annotator, run again and again as {@code
 * serve --allow-ingest} does: each run adds to what the store holds, a document with a known id
 * replaces the stored one, and the annotator is created once.
 */
class CorpusBuilderTest {

  @TempDir Path dir;

  @Test
  void repeatedRunsAddAndReplaceDocumentsWithOneAnnotator() {
    AtomicInteger loads = new AtomicInteger();
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        CachingAnnotator annotator =
            new CachingAnnotator(
                dir.resolve("store/cache"),
                "lines",
                () -> {
                  loads.incrementAndGet();
                  return new LineAnnotator();
                })) {
      BuildOptions options =
          BuildOptions.defaults(List.of(), store.location())
              .withThreads(2)
              .withLink(LinkSettings.disabled());
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      CorpusBuilder builder =
          new CorpusBuilder(options, store, annotator, BuildStageListener.NONE, false);

      CorpusBuilder.Outcome first =
          builder.build(
              List.of(doc("a.txt", "Harbour reopens\nThe" + " harbour reopened on Monday.")),
              0,
              progress(log));
      CorpusBuilder.Outcome second =
          builder.build(
              List.of(doc("b.txt", "Rail strike ends\nTrains" + " run again.")), 0, progress(log));
      CorpusBuilder.Outcome third =
          builder.build(
              List.of(doc("a.txt", "Harbour stays shut\nThe" + " harbour did not reopen.")),
              0,
              progress(log));

      assertEquals(1, first.info().documents());
      assertEquals(2, second.info().documents());
      assertEquals(1, second.added());
      assertEquals(2, third.info().documents());
      assertEquals(0, third.added());
      assertEquals(1, third.changed());
      Map<String, String> texts =
          store.storedDocuments().stream()
              .collect(Collectors.toMap(SourceDocument::id, SourceDocument::text));
      assertEquals(
          Map.of(
              "a.txt",
              "Harbour stays shut\nThe harbour did not reopen.",
              "b.txt",
              "Rail strike ends\nTrains run again."),
          texts);
      assertEquals(1, loads.get(), "the annotator was created once");
      assertEquals(3, annotator.misses(), "each new text was annotated once");
      assertEquals(2, annotator.hits(), "stored documents came from the cache");
      String messages = log.toString(StandardCharsets.UTF_8);
      assertTrue(messages.contains("2 documents: 0 new, 1 changed"), messages);
    }
  }

  @Test
  void anUnchangedCorpusIsNotBuiltAgainUnlessASettingChanges() {
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        CachingAnnotator annotator =
            new CachingAnnotator(dir.resolve("store/cache"), "lines", LineAnnotator::new)) {
      SourceDocument article = doc("a.txt", "Harbour reopens\nThe harbour reopened on Monday.");
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      builder(store, annotator, 2, LinkSettings.disabled())
          .build(List.of(article), 0, progress(log));
      Instant firstBuild = store.info().lastBuild().orElseThrow().buildTime();

      ByteArrayOutputStream again = new ByteArrayOutputStream();
      CorpusBuilder.Outcome same =
          builder(store, annotator, 1, LinkSettings.disabled())
              .build(List.of(article), 0, progress(again));
      String sameLog = again.toString(StandardCharsets.UTF_8);

      assertTrue(sameLog.contains("is up to date"), sameLog);
      assertEquals(
          firstBuild,
          store.info().lastBuild().orElseThrow().buildTime(),
          "nothing was written: another thread count does not change the graph");
      assertEquals(1, same.info().documents());
      assertEquals(1, annotator.misses() + annotator.hits(), "nothing was annotated again");

      ByteArrayOutputStream changed = new ByteArrayOutputStream();
      builder(store, annotator, 1, new LinkSettings(false, 0.9, 0.25, 0.5, 0.25))
          .build(List.of(article), 0, progress(changed));
      String changedLog = changed.toString(StandardCharsets.UTF_8);
      assertFalse(changedLog.contains("is up to date"), changedLog);
      assertEquals("0.9", store.info().lastBuild().orElseThrow().settings().get("link.minScore"));
    }
  }

  @Test
  void runsTheStagesBetweenIngestAndStoreInTheirDeclaredOrder() {
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        CachingAnnotator annotator =
            new CachingAnnotator(dir.resolve("cache"), "test", LineAnnotator::new)) {
      List<BuildStage> all = List.of(BuildStage.values());
      assertEquals(
          all.subList(all.indexOf(BuildStage.ANNOTATE), all.indexOf(BuildStage.STORE)),
          builder(store, annotator, 1, LinkSettings.defaults()).chainStages());
    }
  }

  private static CorpusBuilder builder(
      GraphStore store, CachingAnnotator annotator, int threads, LinkSettings link) {
    return new CorpusBuilder(
        options(store, threads, link), store, annotator, BuildStageListener.NONE, false);
  }

  private static BuildOptions options(GraphStore store, int threads, LinkSettings link) {
    return BuildOptions.defaults(List.of(), store.location()).withThreads(threads).withLink(link);
  }

  private static SourceDocument doc(String id, String text) {
    return DocumentLoader.fromText(id, "test " + id, text.getBytes(StandardCharsets.UTF_8))
        .documents()
        .get(0);
  }

  private static ProgressPrinter progress(ByteArrayOutputStream log) {
    return new ProgressPrinter(
        new PrintStream(log, true, StandardCharsets.UTF_8), false, System::nanoTime);
  }

  @Test
  void aGraphThatDoesNotConformToTheShapesIsNotWrittenAndItsNodesAreNamed() {
    String strict =
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
            + "@prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"
            + "<urn:test:shape> a sh:NodeShape ; sh:targetClass ng:Document ;\n"
            + "  sh:property [ sh:path ng:reviewedBy ; sh:minCount 1 ;"
            + " sh:message \"every document is reviewed\" ] .\n";
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        CachingAnnotator annotator =
            new CachingAnnotator(dir.resolve("store/cache"), "lines", LineAnnotator::new)) {
      builder(store, annotator, 1, LinkSettings.disabled())
          .build(List.of(doc("a.txt", "Harbour reopens\nThe harbour reopened.")), 0, silent());
      CorpusBuilder strictBuilder =
          new CorpusBuilder(
              options(store, 1, LinkSettings.disabled()),
              store,
              annotator,
              BuildStageListener.NONE,
              false,
              GraphShapes.fromTurtle(strict));

      PipelineException e =
          assertThrows(
              PipelineException.class,
              () ->
                  strictBuilder.build(
                      List.of(doc("b.txt", "Rail strike ends\nTrains run again.")), 0, silent()));

      assertEquals(PipelineException.Kind.INVALID_GRAPH, e.kind());
      assertTrue(e.getMessage().contains("2 node(s) do not conform"), e.getMessage());
      assertTrue(e.getMessage().contains("/doc/b.txt"), e.getMessage());
      assertTrue(e.getMessage().contains("every document is reviewed"), e.getMessage());
      assertEquals(1, store.info().documents(), "the store is as it was");
    }
  }

  @Test
  void theGraphModelsShapesAcceptWhatTheBuilderWrites() {
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        CachingAnnotator annotator =
            new CachingAnnotator(
                dir.resolve("store/cache"), "lines", LineAnnotator::markingCapitals)) {
      builder(store, annotator, 1, LinkSettings.disabled())
          .build(
              List.of(doc("a.txt", "Harbour Reopens\nThe Mayor of Gdansk opened the Harbour.")),
              0,
              silent());
      assertTrue(store.read(GraphShapes.standard()::check).conforms());
    }
  }

  private static ProgressPrinter silent() {
    return progress(new ByteArrayOutputStream());
  }
}

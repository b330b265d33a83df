package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.annotate.RelationCandidate;
import org.newsgraph.annotate.TextSpan;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.SourceDocument;

/** The pattern stage: rules matched once per document and code, kept in the store's cache. */
class PatternStepTest {

  @TempDir Path cacheDir;

  private static final RelationCandidate FROM_CACHE =
      new RelationCandidate(
          0, new TextSpan(0, 4, "Rosa"), "per:title", new TextSpan(9, 14, "mayor"), "cached", 1.0);

  @Test
  void aDocumentMatchedByAnEarlierBuildTakesItsCandidatesFromTheCache() {
    AnnotatedDocument document = annotated("a.txt", "Rosa is mayor of Lisbon.");
    PatternCache cache = new PatternCache(cacheDir, "code");
    cache.write(annotationFile(document.document()), List.of(FROM_CACHE));

    List<AnnotatedDocument> result =
        run(new PatternStep(2, this::annotationFile, () -> cache), document);

    assertEquals(List.of(FROM_CACHE), result.get(0).candidates());
  }

  @Test
  void aNewDocumentIsMatchedByTheRulesAndItsCandidatesCached() {
    AnnotatedDocument document = annotated("a.txt", "Rosa is mayor of Lisbon.");
    PatternCache cache = new PatternCache(cacheDir, "code");

    List<AnnotatedDocument> result =
        run(new PatternStep(2, this::annotationFile, () -> cache), document);

    List<RelationCandidate> matches = PatternMatcher.loadDefault().match(document);
    assertEquals(PatternMatcher.withMatches(document, matches), result.get(0));
    assertEquals(Optional.of(matches), cache.read(annotationFile(document.document())));
  }

  @Test
  void documentsKeepTheirOrderWhateverThreadMatchedThem() {
    List<AnnotatedDocument> documents =
        List.of(
            annotated("c.txt", "Third text here."),
            annotated("a.txt", "First text here."),
            annotated("b.txt", "Second text here."));
    PatternCache cache = new PatternCache(cacheDir, "code");

    List<AnnotatedDocument> result =
        run(
            new PatternStep(2, this::annotationFile, () -> cache),
            documents.toArray(AnnotatedDocument[]::new));

    assertEquals(
        List.of("c.txt", "a.txt", "b.txt"), result.stream().map(d -> d.document().id()).toList());
  }

  @Test
  void cachedCandidatesOfOtherCodeAreRemovedAfterARun() {
    AnnotatedDocument document = annotated("a.txt", "Rosa is mayor of Lisbon.");
    new PatternCache(cacheDir, "old")
        .write(annotationFile(document.document()), List.of(FROM_CACHE));

    run(
        new PatternStep(1, this::annotationFile, () -> new PatternCache(cacheDir, "new")),
        document);

    assertEquals(
        Optional.empty(),
        new PatternCache(cacheDir, "old").read(annotationFile(document.document())));
    assertTrue(cacheDir.resolve("patterns/new").toFile().isDirectory());
  }

  private Path annotationFile(SourceDocument document) {
    return cacheDir.resolve(document.contentHash() + "-test.json.gz");
  }

  private static List<AnnotatedDocument> run(PatternStep step, AnnotatedDocument... documents) {
    BuildState state = BuildState.annotated(List.of(documents));
    return step.apply(state, silent()).annotated();
  }

  private static AnnotatedDocument annotated(String id, String text) {
    SourceDocument document =
        DocumentLoader.fromText(id, "test " + id, text.getBytes(StandardCharsets.UTF_8))
            .documents()
            .get(0);
    return new LineAnnotator().annotate(document);
  }

  private static ProgressPrinter silent() {
    return new ProgressPrinter(
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
        false,
        System::nanoTime);
  }
}

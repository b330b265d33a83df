package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.store.GraphStore;

/**
 * The build orchestration with a model-free annotator: merging with stored documents, the
 * annotation cache, --fresh, --keep-going, and failures that must leave the store as it was.
 */
class BuildRunIT {

  @TempDir Path dir;
  private Path store;
  private Path corpus;
  private final LineAnnotator annotator = new LineAnnotator();

  @BeforeEach
  void writeCorpus() throws IOException {
    store = dir.resolve("store");
    corpus = dir.resolve("corpus");
    write("corpus/a.txt", "Harbour reopens\nThe harbour reopened on Monday.");
    write("corpus/sub/b.md", "# Rail strike ends\nTrains run again.");
  }

  private Path write(String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private CliRun build(String... args) {
    String[] full = new String[args.length + 3];
    full[0] = "build";
    full[1] = "--store";
    full[2] = store.toString();
    System.arraycopy(args, 0, full, 3, args.length);
    return CliRun.with(settings -> annotator, full);
  }

  private Map<String, String> storedTexts() {
    try (GraphStore graph = GraphStore.openExisting(store)) {
      return graph.storedDocuments().stream()
          .collect(Collectors.toMap(SourceDocument::id, SourceDocument::text));
    }
  }

  @Test
  void buildsTheDocumentsAndReportsOnStderrOnly() {
    CliRun run = build(corpus.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals(
        Map.of(
            "a.txt",
            "Harbour reopens\nThe harbour reopened on Monday.",
            "sub/b.md",
            "Rail strike ends\n\nTrains run again."),
        storedTexts());
    assertTrue(run.err().contains("2 documents: 2 new, 0 changed, 0 unchanged, 0 kept"), run.err());
    assertTrue(run.err().contains("[1/2] "), run.err());
    assertTrue(run.err().contains("[2/2] "), run.err());
    assertTrue(
        run.err()
            .lines()
            .anyMatch(
                l ->
                    l.matches(
                        "built .*: 2 documents, 0 entities, 0 facts, \\d+ triples in \\d+ s")),
        run.err());
    assertTrue(Files.isRegularFile(store.resolve("build.json")));
  }

  @Test
  void aNewVersionReplacesTheDocumentAndUnchangedOnesComeFromTheCache() throws IOException {
    build(corpus.toString());
    assertEquals(2, annotator.annotated.get());
    Path changed = write("corpus/a.txt", "Harbour reopens\nThe harbour reopened on Tuesday.");

    CliRun run = build(changed.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(
        "The harbour reopened on Tuesday.", storedTexts().get("a.txt").lines().toList().get(1));
    assertEquals(2, storedTexts().size(), "sub/b.md is kept from the first build");
    assertEquals(3, annotator.annotated.get(), "only the changed document is annotated again");
    assertTrue(run.err().contains("2 documents: 0 new, 1 changed, 0 unchanged, 1 kept"), run.err());
  }

  @Test
  void freshForgetsEarlierDocuments() throws IOException {
    build(corpus.toString());
    Path other = write("other.txt", "Bridge opens\nA new bridge opened.");

    CliRun run = build("--fresh", other.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(List.of("other.txt"), List.copyOf(storedTexts().keySet()));
  }

  @Test
  void badInputLeavesAnExistingStoreUnchanged() throws IOException {
    build(corpus.toString());
    byte[] buildJson = Files.readAllBytes(store.resolve("build.json"));
    write("corpus/a.txt", "Harbour reopens\nChanged text that must not be stored.");
    Path latin1 = dir.resolve("corpus/c.txt");
    Files.write(latin1, new byte[] {'O', 'l', (byte) 0xE9});

    CliRun run = build(corpus.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertTrue(
        run.err().startsWith("newsgraph: " + latin1 + ": not valid UTF-8 (byte offset 2);"),
        run.err());
    assertEquals("Harbour reopens\nThe harbour reopened on Monday.", storedTexts().get("a.txt"));
    assertEquals(
        new String(buildJson, StandardCharsets.UTF_8),
        Files.readString(store.resolve("build.json")));
  }

  @Test
  void keepGoingStoresTheGoodDocumentsAndListsTheOthersAtTheEnd() throws IOException {
    Path empty = write("corpus/empty.txt", "\n\n");

    CliRun run = build("--keep-going", corpus.toString());

    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exitCode(), run::toString);
    assertEquals(Map.of("a.txt", 2L, "sub/b.md", 3L).keySet(), storedTexts().keySet());
    List<String> lines = run.err().lines().toList();
    int built =
        lines.indexOf(lines.stream().filter(l -> l.startsWith("built ")).findFirst().orElseThrow());
    assertTrue(lines.get(built + 1).startsWith("newsgraph: " + empty + ": is empty"), run.err());
    assertTrue(
        lines.get(built + 2).startsWith("newsgraph: 1 input(s) could not be used"), run.err());
  }

  @Test
  void aFailedAnnotationLeavesTheStoreAsItWas() throws IOException {
    build(corpus.toString());
    write("corpus/a.txt", "Harbour reopens\nA version whose annotation fails.");
    annotator.failIds.add("a.txt");

    CliRun run = build(corpus.toString());

    assertEquals(ExitCodes.INTERNAL_ERROR, run.exitCode(), run::toString);
    assertTrue(run.err().contains("newsgraph: internal error: "), run.err());
    assertTrue(run.err().contains("Could not annotate document 'a.txt'"), run.err());
    assertEquals("Harbour reopens\nThe harbour reopened on Monday.", storedTexts().get("a.txt"));
  }

  @Test
  void aDocumentAboveTheSizeLimitIsRefusedUpFrontNamingItsSizeTheLimitAndTheOption()
      throws IOException {
    Path big = write("corpus/big.txt", "Big\n" + "A line of text.\n".repeat(40_000));

    CliRun refused = build("--max-document-size", "500k", corpus.toString());

    assertEquals(ExitCodes.BAD_INPUT, refused.exitCode(), refused::toString);
    assertTrue(
        refused.err().contains(big + ": its text is 625.0 KB, above the 500.0 KB limit"),
        refused.err());
    assertTrue(refused.err().contains("--max-document-size"), refused.err());
    assertTrue(refused.err().contains("nothing was written"), refused.err());
    assertEquals(0, annotator.annotated.get(), "refused before any annotation");

    assertEquals(ExitCodes.OK, build("--max-document-size", "1m", corpus.toString()).exitCode());
    assertEquals(
        List.of("a.txt", "big.txt", "sub/b.md"), storedTexts().keySet().stream().sorted().toList());
  }

  @Test
  void anUnreadableSizeLimitIsAUsageError() {
    CliRun run = build("--max-document-size", "lots", corpus.toString());

    assertEquals(ExitCodes.USAGE, run.exitCode(), run::toString);
    assertTrue(run.err().contains("--max-document-size: 'lots' is not a size"), run.err());
  }
}

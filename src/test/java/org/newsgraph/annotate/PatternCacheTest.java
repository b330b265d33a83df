package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pattern rules' candidates kept per document and per code fingerprint. */
class PatternCacheTest {

  @TempDir Path cacheDir;

  private static final RelationCandidate CANDIDATE =
      new RelationCandidate(
          2,
          new TextSpan(10, 18, "minister"),
          "per:title",
          new TextSpan(0, 8, "Ana Ruiz"),
          "pattern:appos-title",
          0.9);

  private final Path annotationFile = Path.of("ab12-cd34.json.gz");

  @Test
  void candidatesWrittenAreReadBackForTheSameDocumentAndCode() {
    PatternCache cache = new PatternCache(cacheDir, "code-1");
    cache.write(annotationFile, List.of(CANDIDATE));

    assertEquals(Optional.of(List.of(CANDIDATE)), cache.read(annotationFile));
    assertEquals(
        Optional.of(List.of(CANDIDATE)),
        new PatternCache(cacheDir, "code-1").read(cacheDir.resolve("ab12-cd34.json.gz")),
        "the key is the annotation file's name, wherever it is");
  }

  @Test
  void anotherDocumentOrOtherCodeFindsNothing() {
    new PatternCache(cacheDir, "code-1").write(annotationFile, List.of(CANDIDATE));

    assertEquals(
        Optional.empty(), new PatternCache(cacheDir, "code-1").read(Path.of("other.json.gz")));
    assertEquals(Optional.empty(), new PatternCache(cacheDir, "code-2").read(annotationFile));
  }

  @Test
  void noCandidatesIsAnAnswerToo() {
    PatternCache cache = new PatternCache(cacheDir, "code-1");
    cache.write(annotationFile, List.of());

    assertEquals(Optional.of(List.of()), cache.read(annotationFile));
  }

  @Test
  void anUnreadableFileIsIgnoredAndReplaced() throws Exception {
    PatternCache cache = new PatternCache(cacheDir, "code-1");
    cache.write(annotationFile, List.of(CANDIDATE));
    Path file = cacheDir.resolve("patterns/code-1/ab12-cd34.json.gz");
    Files.write(file, "not gzip".getBytes(StandardCharsets.UTF_8));

    assertEquals(Optional.empty(), cache.read(annotationFile));
    cache.write(annotationFile, List.of(CANDIDATE));
    assertEquals(Optional.of(List.of(CANDIDATE)), cache.read(annotationFile));
  }

  @Test
  void otherCodesFoldersAreRemovedAndItsOwnKept() {
    new PatternCache(cacheDir, "old-code").write(annotationFile, List.of(CANDIDATE));
    PatternCache current = new PatternCache(cacheDir, "new-code");
    current.write(annotationFile, List.of(CANDIDATE));

    current.removeOtherCode();

    assertFalse(Files.exists(cacheDir.resolve("patterns/old-code")));
    assertTrue(Files.isDirectory(cacheDir.resolve("patterns/new-code")));
    assertEquals(Optional.of(List.of(CANDIDATE)), current.read(annotationFile));
  }

  @Test
  void aFingerprintIsAlwaysOneFolderInsideTheCache() throws IOException {
    PatternCache cache = new PatternCache(cacheDir, "../../escape/x");
    cache.write(annotationFile, List.of(CANDIDATE));

    try (Stream<Path> folders = Files.list(cacheDir.resolve("patterns"))) {
      assertEquals(
          List.of("______escape_x"), folders.map(p -> p.getFileName().toString()).toList());
    }
  }
}

package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.SourceDocument;

class CachingAnnotatorTest {

  @TempDir Path cacheDir;

  private final LineAnnotator fake = LineAnnotator.markingCapitals();
  private final AtomicInteger loads = new AtomicInteger();

  private CachingAnnotator caching(String fingerprint) {
    return new CachingAnnotator(
        cacheDir,
        fingerprint,
        () -> {
          loads.incrementAndGet();
          return fake;
        });
  }

  @Test
  void missAnnotatesAndWritesTheNamedCacheFile() {
    SourceDocument document = TestDocs.source("one.txt", "Alpha met Beta\nin Gamma");
    CachingAnnotator annotator = caching("fp");

    AnnotatedDocument result = annotator.annotate(document);

    assertEquals(1, fake.calls.get());
    assertEquals(1, annotator.misses());
    String expectedName =
        document.contentHash() + "-" + TestDocs.sha256("fp").substring(0, 16) + ".json.gz";
    Path file = cacheDir.resolve(expectedName);
    assertEquals(file, annotator.cacheFile(document));
    assertTrue(Files.isRegularFile(file));
    assertEquals(List.of(file), listCache());
    assertEquals(fake.annotate(document), result);
  }

  @Test
  void aDocumentsOwnFingerprintKeysItsCacheFileAndTheListenerReachesTheAnnotator() {
    SourceDocument shortOne = TestDocs.source("s.txt", "Alpha met Beta");
    SourceDocument longOne = TestDocs.source("l.txt", "Alpha met Beta\n".repeat(10));
    CachingAnnotator annotator =
        new CachingAnnotator(
            cacheDir,
            "fp",
            d -> d.text().length() > 20 ? "fp;pieceChars=20" : "fp",
            () -> new PiecesOf20(fake));
    List<String> pieces = new java.util.ArrayList<>();

    annotator.annotate(shortOne, (id, piece, count) -> pieces.add(id + " " + piece));
    annotator.annotate(longOne, (id, piece, count) -> pieces.add(id + " " + piece + "/" + count));

    String suffix = TestDocs.sha256("fp").substring(0, 16);
    String longSuffix = TestDocs.sha256("fp;pieceChars=20").substring(0, 16);
    assertEquals(
        cacheDir.resolve(shortOne.contentHash() + "-" + suffix + ".json.gz"),
        annotator.cacheFile(shortOne));
    assertEquals(
        cacheDir.resolve(longOne.contentHash() + "-" + longSuffix + ".json.gz"),
        annotator.cacheFile(longOne));
    assertTrue(Files.isRegularFile(annotator.cacheFile(longOne)));
    assertEquals("fp;pieceChars=20", annotator.fingerprint(longOne));
    assertEquals(10, pieces.size(), pieces.toString());
    assertEquals("l.txt 1/10", pieces.get(0));
    assertEquals(fake.annotate(longOne), annotator.annotate(longOne), "read back from the cache");
  }

  /** The fake annotator, in pieces of 20 characters for texts longer than that. */
  private record PiecesOf20(LineAnnotator fake) implements DocumentAnnotator {
    @Override
    public AnnotatedDocument annotate(SourceDocument document) {
      return fake.annotate(document);
    }

    @Override
    public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
      return document.text().length() > 20
          ? PieceAnnotation.annotate(document, 20, pieces, fake::annotate)
          : fake.annotate(document);
    }

    @Override
    public String fingerprint() {
      return "fp";
    }
  }

  @Test
  void allHitsNeverLoadTheAnnotator() {
    SourceDocument one = TestDocs.source("one.txt", "Alpha met Beta");
    SourceDocument two = TestDocs.source("two.txt", "Gamma met Delta");
    CachingAnnotator first = caching("fp");
    AnnotatedDocument annotatedOne = first.annotate(one);
    AnnotatedDocument annotatedTwo = first.annotate(two);
    assertEquals(1, loads.get());

    CachingAnnotator second = caching("fp");
    assertEquals(annotatedOne, second.annotate(one));
    assertEquals(annotatedTwo, second.annotate(two));

    assertFalse(second.annotatorLoaded());
    assertEquals(1, loads.get());
    assertEquals(2, fake.calls.get());
    assertEquals(2, second.hits());
  }

  @Test
  void hitIsReattachedToTheRequestingDocument() {
    String text = "Alpha met Beta";
    CachingAnnotator annotator = caching("fp");
    annotator.annotate(TestDocs.source("old/name.txt", text));

    SourceDocument renamed = TestDocs.source("new/name.txt", text);
    AnnotatedDocument result = annotator.annotate(renamed);

    assertEquals(renamed, result.document());
    assertEquals(1, fake.calls.get());
  }

  @Test
  void otherFingerprintIsAMiss() {
    SourceDocument document = TestDocs.source("one.txt", "Alpha met Beta");
    caching("fp-a").annotate(document);
    caching("fp-b").annotate(document);
    assertEquals(2, fake.calls.get());
    assertEquals(2, listCache().size());
    assertNotEquals(caching("fp-a").cacheFile(document), caching("fp-b").cacheFile(document));
  }

  @Test
  void corruptCacheFileIsIgnoredAndRewritten() throws IOException {
    SourceDocument document = TestDocs.source("one.txt", "Alpha met Beta");
    CachingAnnotator annotator = caching("fp");
    Path file = annotator.cacheFile(document);
    Files.writeString(file, "not gzip at all");

    AnnotatedDocument result = annotator.annotate(document);

    assertEquals(1, fake.calls.get());
    assertEquals(result, readCacheFile(file));
  }

  @Test
  void cacheFileForOtherTextIsIgnored() throws IOException {
    SourceDocument document = TestDocs.source("one.txt", "Alpha met Beta");
    SourceDocument other = TestDocs.source("two.txt", "Gamma met Delta");
    CachingAnnotator annotator = caching("fp");
    Path file = annotator.cacheFile(document);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      new AnnotationCodec().write(fake.annotate(other), out);
    }
    fake.calls.set(0);

    AnnotatedDocument result = annotator.annotate(document);

    assertEquals(document.text(), result.document().text());
    assertEquals(1, fake.calls.get());
  }

  private List<Path> listCache() {
    try (Stream<Path> files = Files.list(cacheDir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static AnnotatedDocument readCacheFile(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new AnnotationCodec().read(in);
    }
  }
}

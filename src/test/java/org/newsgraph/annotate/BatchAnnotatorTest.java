package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.SourceDocument;

class BatchAnnotatorTest {

  private final LineAnnotator fake = LineAnnotator.markingCapitals();

  /** Longer documents first, so with a per-character delay they finish out of input order. */
  private static List<SourceDocument> documents(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> TestDocs.source("doc-" + i, "Word ".repeat((count - i) * 4) + "End" + i))
        .toList();
  }

  @Test
  void resultsComeBackInInputOrderAndProgressCountsUp() {
    fake.delayMillisPerChar = 1;
    List<SourceDocument> documents = documents(6);
    List<String> progress = new ArrayList<>();
    Thread caller = Thread.currentThread();

    List<AnnotatedDocument> results =
        new BatchAnnotator(fake, 3)
            .annotateAll(
                documents,
                (done, total, id) -> {
                  assertEquals(caller, Thread.currentThread());
                  progress.add(done + "/" + total + " " + id);
                });

    assertEquals(documents, results.stream().map(AnnotatedDocument::document).toList());
    assertEquals(6, progress.size());
    for (int i = 0; i < 6; i++) {
      assertTrue(progress.get(i).startsWith((i + 1) + "/6 doc-"), progress.get(i));
    }
    assertTrue(fake.threadNames.size() > 1, "expected several worker threads");
  }

  @Test
  void piecesOfALongDocumentAreReportedToTheListener() {
    DocumentAnnotator inPieces =
        new DocumentAnnotator() {
          @Override
          public AnnotatedDocument annotate(SourceDocument document) {
            return fake.annotate(document);
          }

          @Override
          public AnnotatedDocument annotate(SourceDocument document, PieceListener pieces) {
            return PieceAnnotation.annotate(document, 20, pieces, fake::annotate);
          }

          @Override
          public String fingerprint() {
            return "pieces";
          }
        };
    List<String> pieces = new ArrayList<>();
    BatchAnnotator.ProgressListener listener =
        new BatchAnnotator.ProgressListener() {
          @Override
          public void finished(int done, int total, String documentId) {
            pieces.add("done " + documentId);
          }

          @Override
          public synchronized void annotatingPiece(String documentId, int piece, int count) {
            pieces.add(documentId + " " + piece + "/" + count);
          }
        };

    new BatchAnnotator(inPieces, 1)
        .annotateAll(
            List.of(TestDocs.source("long", "Line one is long.\nLine two is long.\n")), listener);

    assertEquals(List.of("long 1/2", "long 2/2", "done long"), pieces);
  }

  @Test
  void failureNamesTheDocument() {
    List<SourceDocument> documents = documents(4);
    fake.failIds.add("doc-2");

    BatchAnnotator.BatchAnnotationException e =
        assertThrows(
            BatchAnnotator.BatchAnnotationException.class,
            () ->
                new BatchAnnotator(fake, 2)
                    .annotateAll(documents, BatchAnnotator.ProgressListener.NONE));

    assertEquals("doc-2", e.documentId());
    assertTrue(e.getMessage().contains("'doc-2'"), e.getMessage());
    assertTrue(e.getMessage().contains("fake failure"), e.getMessage());
  }

  @Test
  void emptyBatchAndBadThreadCount() {
    assertEquals(
        List.of(),
        new BatchAnnotator(fake, 2).annotateAll(List.of(), BatchAnnotator.ProgressListener.NONE));
    assertThrows(IllegalArgumentException.class, () -> new BatchAnnotator(fake, 0));
  }
}

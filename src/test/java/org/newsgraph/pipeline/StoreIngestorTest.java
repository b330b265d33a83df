package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.serve.IngestOutcome;
import org.newsgraph.serve.IngestRejectedException;
import org.newsgraph.store.GraphStore;

/** Adding documents to a served store, with a model-free annotator. */
class StoreIngestorTest {

  @TempDir Path dir;

  @Test
  void aSlowAnnotationDoesNotHoldUpAnotherDocument() throws Exception {
    LineAnnotator lines = new LineAnnotator();
    CountDownLatch slowStarted = new CountDownLatch(1);
    CountDownLatch releaseSlow = new CountDownLatch(1);
    DocumentAnnotator gated =
        new DocumentAnnotator() {
          @Override
          public AnnotatedDocument annotate(SourceDocument document) {
            if (document.id().equals("slow.txt")) {
              slowStarted.countDown();
              await(releaseSlow);
            }
            return lines.annotate(document);
          }

          @Override
          public String fingerprint() {
            return lines.fingerprint();
          }
        };
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        StoreIngestor ingestor =
            StoreIngestor.start(store, settings -> gated, err, DocumentLimit.DEFAULT)) {
      Future<IngestOutcome> slow =
          pool.submit(() -> ingestor.ingest("slow.txt", bytes("Slow\nA long report.")));
      assertTrue(slowStarted.await(20, TimeUnit.SECONDS), "the slow document is being annotated");

      Future<IngestOutcome> fast =
          pool.submit(() -> ingestor.ingest("fast.txt", bytes("Fast\nA short note.")));
      IngestOutcome fastOutcome = fast.get(20, TimeUnit.SECONDS);

      assertEquals(1, fastOutcome.documents(), "stored while the slow one is still annotated");
      assertFalse(slow.isDone());
      releaseSlow.countDown();
      assertEquals(2, slow.get(20, TimeUnit.SECONDS).documents());
      assertEquals(2, store.info().documents());
    } finally {
      releaseSlow.countDown();
      pool.shutdownNow();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aDocumentAboveTheServersLimitIsRefusedBeforeAnnotationAndTheStoreIsUnchanged() {
    LineAnnotator annotator = new LineAnnotator();
    PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (GraphStore store = GraphStore.open(dir.resolve("store"));
        StoreIngestor ingestor =
            StoreIngestor.start(store, settings -> annotator, err, new DocumentLimit(64))) {
      int warmUpCalls = annotator.calls.get();

      IngestRejectedException e =
          assertThrows(
              IngestRejectedException.class,
              () ->
                  ingestor.ingest(
                      "big.txt",
                      ("Big\n" + "A line of text.\n".repeat(10)).getBytes(StandardCharsets.UTF_8)));

      assertTrue(e.getMessage().contains("above the 64 bytes limit"), e.getMessage());
      assertEquals(warmUpCalls, annotator.calls.get(), "not annotated");
      assertEquals(0, store.info().documents());
      ingestor.ingest("small.txt", "Small\nShort.".getBytes(StandardCharsets.UTF_8));
      assertEquals(1, store.info().documents());
    }
  }
}

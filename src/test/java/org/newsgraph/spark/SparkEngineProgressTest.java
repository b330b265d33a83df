package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.pipeline.DocumentOutcome;
import org.newsgraph.pipeline.DocumentWork;

/**
 * Progress from the executors while the Spark job runs: the last document's annotation waits until
 * the driver has been told the first one is finished, so it succeeds only if progress arrives
 * during the job (a heartbeat), not just from the collected results at its end.
 */
class SparkEngineProgressTest {

  /**
   * Counted down by the driver's progress listener; the executor waits on it. Static because the
   * annotator reaches the executor (here: this JVM) by serialization.
   */
  private static final CountDownLatch FIRST_REPORTED = new CountDownLatch(1);

  private static final Function<AnnotatorSettings, DocumentAnnotator> WAITING_FOR_PROGRESS =
      (Function<AnnotatorSettings, DocumentAnnotator> & Serializable)
          settings -> new WaitingAnnotator();

  @TempDir Path cache;

  @Test
  void documentsAreReportedWhileTheJobRunsOnceEachInTheOrderTheyFinish() {
    List<SourceDocument> corpus = List.of(doc("a.txt"), doc("b.txt"), doc("last.txt"));
    List<String> lines = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    List<DocumentOutcome> outcomes;
    try (SparkEngine engine =
        SparkEngine.start(
            new SparkSettings(Optional.of("local[1]"), 1),
            AnnotatorLoader.of(WAITING_FOR_PROGRESS))) {
      outcomes =
          engine.process(
              corpus,
              new DocumentWork(cache.toString(), AnnotatorSettings.defaults(), "test-code"),
              messages::add,
              (done, total, id) -> {
                synchronized (lines) {
                  lines.add(done + "/" + total + " " + id);
                }
                FIRST_REPORTED.countDown();
              });
    }

    assertEquals(3, outcomes.size());
    outcomes.forEach(o -> assertFalse(o.isFailure(), () -> o.documentId() + ": " + o.failure()));
    assertEquals(List.of("1/3 a.txt", "2/3 b.txt", "3/3 last.txt"), lines);
    assertTrue(messages.get(0).contains("3 documents in 1 partition(s)"), messages::toString);
  }

  private static SourceDocument doc(String id) {
    String text = "News of " + id + "\nThe Norby Council met on Monday.";
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return new SourceDocument(
          id, "test/" + id, "News of " + id, text, HexFormat.of().formatHex(hash));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The capitals annotator, which holds the last document until progress has reached the driver.
   */
  private static final class WaitingAnnotator implements DocumentAnnotator {
    private final LineAnnotator lines = LineAnnotator.markingCapitals();

    @Override
    public AnnotatedDocument annotate(SourceDocument document) {
      if (document.id().equals("last.txt")) {
        try {
          if (!FIRST_REPORTED.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no progress reached the driver within 30 s");
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
      return lines.annotate(document);
    }

    @Override
    public String fingerprint() {
      return lines.fingerprint();
    }
  }
}

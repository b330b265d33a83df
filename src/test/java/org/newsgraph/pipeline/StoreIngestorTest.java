package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.LineAnnotator;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.serve.IngestRejectedException;
import org.newsgraph.store.GraphStore;

/** Adding documents to a served store, with a model-free annotator. */
class StoreIngestorTest {

  @TempDir Path dir;

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

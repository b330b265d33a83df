package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsgraph.ingest.SourceDocument;

/**
 * Annotates a list of documents with a fixed number of threads sharing one {@link
 * DocumentAnnotator}. Results come back in input order; progress is reported on the calling thread
 * as each document finishes; the first failure stops the batch.
 */
public final class BatchAnnotator {

  /**
   * Told about each finished document, on the thread that called {@link #annotateAll}, and about
   * each piece of a long document, on the thread that annotates it (see {@link PieceListener}).
   */
  @FunctionalInterface
  public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total, documentId) -> {};

    /**
     * Called when one more document of the batch is annotated.
     *
     * @param done documents finished so far, including this one
     * @param total documents in the batch
     * @param documentId the id of the document just finished
     */
    void finished(int done, int total, String documentId);

    /**
     * Called before each piece of a document annotated in pieces, as {@link
     * PieceListener#annotatingPiece}; ignores pieces unless overridden.
     */
    default void annotatingPiece(String documentId, int piece, int pieces) {}
  }

  /** A document of the batch could not be annotated; names the document. */
  public static final class BatchAnnotationException extends RuntimeException {
    private final String documentId;

    BatchAnnotationException(String documentId, Throwable cause) {
      super("Could not annotate document '" + documentId + "': " + cause.getMessage(), cause);
      this.documentId = documentId;
    }

    /** The id of the document that failed. */
    public String documentId() {
      return documentId;
    }
  }

  private final DocumentAnnotator annotator;
  private final int threads;

  /**
   * @param annotator shared by all threads, so it must be thread-safe
   * @param threads how many documents to annotate at once, at least 1
   */
  public BatchAnnotator(DocumentAnnotator annotator, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1; got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Annotates every document.
   *
   * @return the annotations, in the order of {@code documents}
   * @throws BatchAnnotationException for the first document that failed
   */
  public List<AnnotatedDocument> annotateAll(
      List<SourceDocument> documents, ProgressListener listener) {
    Objects.requireNonNull(listener, "listener");
    int total = documents.size();
    List<AnnotatedDocument> results = new ArrayList<>(total);
    if (total == 0) {
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total));
    try {
      CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
      AnnotatedDocument[] slots = new AnnotatedDocument[total];
      for (int i = 0; i < total; i++) {
        int index = i;
        completion.submit(
            () -> annotateInto(slots, documents, index, listener::annotatingPiece), index);
      }
      for (int done = 1; done <= total; done++) {
        int index = take(completion);
        listener.finished(done, total, documents.get(index).id());
      }
      results.addAll(List.of(slots));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private void annotateInto(
      AnnotatedDocument[] slots, List<SourceDocument> documents, int index, PieceListener pieces) {
    SourceDocument document = documents.get(index);
    try {
      slots[index] = annotator.annotate(document, pieces);
    } catch (RuntimeException | Error e) {
      throw new BatchAnnotationException(document.id(), e);
    }
  }

  private static int take(CompletionService<Integer> completion) {
    try {
      Future<Integer> finished = completion.take();
      return finished.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Annotation was interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof BatchAnnotationException failure) {
        throw failure;
      }
      throw new IllegalStateException("Annotation failed: " + e.getCause(), e.getCause());
    }
  }
}

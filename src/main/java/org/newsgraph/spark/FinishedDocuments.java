package org.newsgraph.spark;

import java.util.HashSet;
import java.util.Set;
import org.newsgraph.annotate.BatchAnnotator;

/**
 * The documents of one Spark job known to be finished, told to a progress listener once each, in
 * the order they become known: the executors report the ids they finished in batches (every
 * heartbeat, and at the end of each task), and the same id may arrive several times. Safe for
 * several threads (Spark's listener bus and the driver's thread).
 */
final class FinishedDocuments {

  private final int total;
  private final BatchAnnotator.ProgressListener listener;
  private final Set<String> seen = new HashSet<>();

  /**
   * @param total the documents of the job
   * @param listener told of each document the first time it is reported finished
   */
  FinishedDocuments(int total, BatchAnnotator.ProgressListener listener) {
    this.total = total;
    this.listener = listener;
  }

  /** Reports these documents finished; those already reported are skipped. */
  synchronized void finished(Iterable<?> documentIds) {
    for (Object id : documentIds) {
      String documentId = String.valueOf(id);
      if (seen.size() < total && seen.add(documentId)) {
        listener.finished(seen.size(), total, documentId);
      }
    }
  }

  /** How many documents have been reported finished. */
  synchronized int count() {
    return seen.size();
  }
}

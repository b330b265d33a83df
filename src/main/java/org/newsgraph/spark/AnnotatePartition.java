package org.newsgraph.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.pipeline.DocumentOutcome;
import org.newsgraph.pipeline.DocumentWork;
import org.newsgraph.pipeline.DocumentWorker;

/**
 * The per-document stages over one partition: each document annotated through the annotation cache
 * and matched by the pattern rules, with the executor's one CoreNLP pipeline ({@link
 * ExecutorModels}). A document that fails becomes a failed {@link DocumentOutcome}, so the task
 * goes on with the others and the build decides (fail, or leave it out under --keep-going). The id
 * of each finished document goes to an accumulator, which the driver reads for its progress lines
 * ({@link DocumentProgressListener}).
 */
final class AnnotatePartition
    implements FlatMapFunction<Iterator<SourceDocument>, DocumentOutcome> {

  private static final long serialVersionUID = 1L;

  private final DocumentWork work;
  private final AnnotatorLoader loader;
  private final CollectionAccumulator<String> finished;

  /**
   * @param work the caches and settings
   * @param loader loads the annotator on the executor, once per JVM
   * @param finished given the id of each document when it is done (annotated, or failed)
   */
  AnnotatePartition(
      DocumentWork work, AnnotatorLoader loader, CollectionAccumulator<String> finished) {
    this.work = work;
    this.loader = loader;
    this.finished = finished;
  }

  @Override
  public Iterator<DocumentOutcome> call(Iterator<SourceDocument> documents) {
    DocumentWorker worker =
        work.worker(
            () -> ExecutorModels.annotator(work.annotator(), loader), ExecutorModels::rules);
    List<DocumentOutcome> outcomes = new ArrayList<>();
    documents.forEachRemaining(
        document -> {
          outcomes.add(worker.process(document));
          finished.add(document.id());
        });
    return outcomes.iterator();
  }
}

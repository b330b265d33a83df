package org.newsgraph.pipeline;

import java.io.UncheckedIOException;
import java.util.List;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.BatchAnnotator;
import org.newsgraph.annotate.BatchAnnotator.BatchAnnotationException;
import org.newsgraph.annotate.CachingAnnotator;

/** Annotates the corpus through the annotation cache, several documents at once. */
final class AnnotateStep implements PipelineStep {

  private final CachingAnnotator annotator;
  private final int threads;

  /**
   * @param annotator the caching annotator, kept open by the caller
   * @param threads how many documents to annotate at once
   */
  AnnotateStep(CachingAnnotator annotator, int threads) {
    this.annotator = annotator;
    this.threads = threads;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.ANNOTATE;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    progress.message(
        "annotating " + state.documents().size() + " documents with " + threads + " thread(s)…");
    try {
      List<AnnotatedDocument> annotated =
          new BatchAnnotator(annotator, threads).annotateAll(state.documents(), progress);
      progress.endLine();
      return state.withAnnotated(annotated);
    } catch (BatchAnnotationException e) {
      progress.endLine();
      throw annotationFailure(e);
    }
  }

  private static RuntimeException annotationFailure(BatchAnnotationException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io) {
      return new PipelineException(
          PipelineException.Kind.STORE_UNUSABLE, e.documentId(), io.getMessage(), e);
    }
    return e;
  }
}

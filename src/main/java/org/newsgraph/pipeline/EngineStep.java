package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.ingest.LoadProblem;
import org.newsgraph.ingest.SourceDocument;

/**
 * The annotate and pattern stages of a build run by a {@link DocumentEngine} (the Spark engine)
 * instead of {@link AnnotateStep} and {@link PatternStep}: one step, timed as annotation. A
 * document that failed stops the build, naming it, before anything is written; under {@code
 * --keep-going} it is left out of the graph and reported with the inputs that could not be used.
 */
final class EngineStep implements PipelineStep {

  private final DocumentEngine engine;
  private final Supplier<DocumentWork> work;
  private final boolean keepGoing;
  private final List<LoadProblem> failures = new ArrayList<>();
  private long annotated;
  private long fromCache;

  /**
   * @param engine runs the per-document stages
   * @param work what its workers need, made when the step runs
   * @param keepGoing leave failed documents out instead of failing the build
   */
  EngineStep(DocumentEngine engine, Supplier<DocumentWork> work, boolean keepGoing) {
    this.engine = engine;
    this.work = work;
    this.keepGoing = keepGoing;
  }

  @Override
  public BuildStage stage() {
    return BuildStage.ANNOTATE;
  }

  @Override
  public BuildState apply(BuildState state, ProgressPrinter progress) {
    progress.message(
        "annotating and matching "
            + state.documents().size()
            + " documents on "
            + engine.describe()
            + "…");
    DocumentWork spec = work.get();
    List<DocumentOutcome> outcomes =
        engine.process(state.documents(), spec, progress::message, progress);
    progress.endLine();
    new PatternCache(Path.of(spec.cacheFolder()), spec.codeFingerprint()).removeOtherCode();
    List<SourceDocument> documents = new ArrayList<>();
    List<AnnotatedDocument> done = new ArrayList<>();
    for (DocumentOutcome outcome : outcomes) {
      if (outcome.isFailure()) {
        fail(outcome);
      } else {
        documents.add(outcome.annotated().document());
        done.add(outcome.annotated());
        if (outcome.fromCache()) {
          fromCache++;
        } else {
          annotated++;
        }
      }
    }
    if (done.isEmpty()) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          failures.get(0).input(),
          "none of the "
              + outcomes.size()
              + " documents could be annotated; this one "
              + failures.get(0).message()
              + ". Nothing was written");
    }
    return BuildState.of(documents).withAnnotated(done);
  }

  private void fail(DocumentOutcome outcome) {
    if (!keepGoing) {
      throw new PipelineException(
          PipelineException.Kind.BAD_INPUT,
          outcome.documentId(),
          "could not be annotated ("
              + outcome.failure()
              + "); nothing was written. Remove the document, or add --keep-going to build from"
              + " the others");
    }
    LoadProblem problem =
        new LoadProblem(outcome.documentId(), "could not be annotated (" + outcome.failure() + ")");
    failures.add(problem);
  }

  /** The documents left out under {@code --keep-going}, so far. */
  List<LoadProblem> failures() {
    return List.copyOf(failures);
  }

  /** How many documents were annotated (not found in the annotation cache) so far. */
  long annotated() {
    return annotated;
  }

  /** How many documents came from the annotation cache so far. */
  long fromCache() {
    return fromCache;
  }
}

package org.newsgraph.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.LoadPlan;
import org.newsgraph.ingest.LoadProblem;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/**
 * One run of {@code newsgraph build}: load the inputs, then, through a {@link CorpusBuilder}, merge
 * them with the documents already in the store (a new version replaces the document with the same
 * id), annotate (cached, several threads), apply the pattern rules, resolve entities, extract
 * facts, build the RDF dataset and replace the store's contents in one transaction. Progress and
 * the summary go to stderr.
 */
public final class BuildRun {

  /** The annotation cache folder inside the store (docs/graph-model.md, store layout). */
  static final String CACHE_FOLDER = "cache";

  private final BuildOptions options;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;
  private final PrintStream err;
  private final ProgressPrinter progress;
  private final BuildStageListener stageListener;
  private final Optional<DocumentEngine> engine;
  private final LongSupplier nanoClock = System::nanoTime;
  private long modelLoadNanos;
  private long buildNanos;

  /**
   * @param options what to build
   * @param streams where to report
   * @param annotatorLoader loads the annotator (CoreNLP) on the first annotation-cache miss
   */
  public BuildRun(
      BuildOptions options,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    this(options, streams, annotatorLoader, BuildStageListener.NONE);
  }

  /** A build that also reports how long each stage took, for the benchmark. */
  public BuildRun(
      BuildOptions options,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      BuildStageListener stageListener) {
    this(options, streams, annotatorLoader, stageListener, Optional.empty());
  }

  /**
   * A build whose per-document stages (reading, annotation, pattern rules) run on {@code engine}
   * (the Spark engine) when one is given; the caller closes the engine.
   */
  public BuildRun(
      BuildOptions options,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      BuildStageListener stageListener,
      Optional<DocumentEngine> engine) {
    this.engine = engine;
    this.options = options;
    this.annotatorLoader = annotatorLoader;
    this.err = streams.err();
    this.progress = new ProgressPrinter(err, streams.errIsTerminal(), nanoClock);
    this.stageListener = stageListener;
  }

  /** Runs the build and says how it ended. */
  public BuildStatus run() {
    long start = nanoClock.getAsLong();
    BuildStatus status = runBuild();
    buildNanos = nanoClock.getAsLong() - start;
    return status;
  }

  /**
   * After {@link #run}: advice for the user when loading CoreNLP's models was most of the build
   * (keep them loaded in {@code newsgraph serve --allow-ingest}); empty otherwise.
   */
  public Optional<String> modelLoadHint() {
    return ModelLoadHint.forBuild(modelLoadNanos, buildNanos);
  }

  private BuildStatus runBuild() {
    LoadResult loaded = timed(BuildStage.INGEST, this::load);
    if (!loaded.isClean() && !options.keepGoing()) {
      reportProblems(loaded.problems());
      err.println(
          "newsgraph: nothing was written; fix or remove the inputs above, or add"
              + " --keep-going to build from the others");
      return BuildStatus.BAD_INPUT;
    }
    if (loaded.documents().isEmpty()) {
      reportProblems(loaded.problems());
      err.println("newsgraph: none of the inputs could be used; nothing was written");
      return BuildStatus.BAD_INPUT;
    }
    if (loaded.isClean() && upToDate(loaded.documents())) {
      return BuildStatus.OK;
    }
    List<LoadProblem> problems = new ArrayList<>(loaded.problems());
    try (GraphStore store = timed(BuildStage.STORE, () -> GraphStore.open(options.store()))) {
      problems.addAll(build(store, loaded));
    }
    if (!problems.isEmpty()) {
      reportProblems(problems);
      err.println(
          "newsgraph: "
              + problems.size()
              + " input(s) could not be used (listed"
              + " above); the store holds the other documents");
      return BuildStatus.SOME_INPUTS_FAILED;
    }
    return BuildStatus.OK;
  }

  /** Reads the inputs: here, or where the engine processes the documents. */
  private LoadResult load() {
    if (engine.isEmpty()) {
      return DocumentLoader.load(options.inputs(), options.documentLimit());
    }
    LoadPlan plan = DocumentLoader.plan(options.inputs());
    List<SourceDocument> documents = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>(plan.problems());
    if (!plan.files().isEmpty()) {
      for (LoadResult one :
          engine.get().read(plan.files(), options.documentLimit(), progress::message)) {
        documents.addAll(one.documents());
        problems.addAll(one.problems());
      }
    }
    return new LoadResult(documents, problems);
  }

  /** Builds into the open store; returns the documents the engine left out (--keep-going). */
  private List<LoadProblem> build(GraphStore store, LoadResult loaded) {
    try (CachingAnnotator annotator = cachingAnnotator(store.location())) {
      CorpusBuilder builder =
          new CorpusBuilder(
              options, store, annotator, stageListener, true, GraphShapes.standard(), engine);
      builder.build(loaded.documents(), loaded.problems().size(), progress);
      return builder.engineFailures();
    }
  }

  /**
   * Whether the inputs are exactly the documents of the store's last build, built with the same
   * settings and code: then the graph would come out the same, and nothing is done. Decided from
   * {@code build.json} alone, without opening the database. A build asked to dump the learned
   * relation candidates always runs, to write them. (A build of some of the stored documents is
   * checked again after merging them with the stored ones, by {@link CorpusBuilder}.)
   */
  private boolean upToDate(List<SourceDocument> inputs) {
    Optional<BuildSummary> last = GraphStore.lastBuild(options.store());
    if (last.isEmpty() || options.learned().dump().isPresent()) {
      return false;
    }
    if (!BuildSettings.sameGraph(
        last, BuildSettings.of(options, CodeFingerprint.ofRunningCode(), inputs))) {
      return false;
    }
    Map<String, Long> counts = last.get().counts();
    progress.message(
        "the store "
            + options.store().toAbsolutePath().normalize()
            + " is up to date: the same "
            + inputs.size()
            + " documents, settings and newsgraph code built it ("
            + counts.getOrDefault("entities", 0L)
            + " entities, "
            + counts.getOrDefault("facts", 0L)
            + " facts); nothing was written");
    return true;
  }

  /** Runs one stage and tells the stage listener how long it took. */
  private <T> T timed(BuildStage stage, Supplier<T> work) {
    return stageListener.timed(stage, work);
  }

  private CachingAnnotator cachingAnnotator(Path storeLocation) {
    AnnotatorSettings settings = options.annotator();
    return new CachingAnnotator(
        storeLocation.resolve(CACHE_FOLDER),
        settings.fingerprint(),
        settings::fingerprint,
        () -> loadCoreNlp(settings));
  }

  private DocumentAnnotator loadCoreNlp(AnnotatorSettings settings) {
    progress.message("loading CoreNLP models (~20 s; skipped when every document is cached)…");
    long start = nanoClock.getAsLong();
    DocumentAnnotator loaded = annotatorLoader.apply(settings);
    modelLoadNanos = nanoClock.getAsLong() - start;
    progress.restartEstimate();
    return loaded;
  }

  private void reportProblems(List<LoadProblem> problems) {
    problems.forEach(p -> err.println("newsgraph: " + p.describe()));
  }
}

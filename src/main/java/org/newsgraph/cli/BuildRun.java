package org.newsgraph.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.BatchAnnotator;
import org.newsgraph.annotate.BatchAnnotator.BatchAnnotationException;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.LoadProblem;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreInfo;

/**
 * One run of {@code newsgraph build}: load the inputs, merge them with the documents already in the
 * store (a new version replaces the document with the same id), annotate (cached, several threads),
 * apply the pattern rules, resolve entities, extract facts, build the RDF dataset and replace the
 * store's contents in one transaction. Progress and the summary go to stderr.
 */
final class BuildRun {

  /** The annotation cache folder inside the store (docs-graph-model.md, store layout). */
  static final String CACHE_FOLDER = "cache";

  private final BuildOptions options;
  private final Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader;
  private final PrintStream err;
  private final ProgressPrinter progress;
  private final BuildStageListener stageListener;

  /**
   * @param options what to build
   * @param streams where to report
   * @param annotatorLoader loads the annotator (CoreNLP) on the first annotation-cache miss
   */
  BuildRun(
      BuildOptions options,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader) {
    this(options, streams, annotatorLoader, BuildStageListener.NONE);
  }

  /** A build that also reports how long each stage took, for the benchmark. */
  BuildRun(
      BuildOptions options,
      Streams streams,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      BuildStageListener stageListener) {
    this.options = options;
    this.annotatorLoader = annotatorLoader;
    this.err = streams.err();
    this.progress = new ProgressPrinter(err, streams.errIsTerminal(), System::nanoTime);
    this.stageListener = stageListener;
  }

  /** Runs the build and returns its exit code. */
  int run() {
    LoadResult loaded = timed(BuildStage.INGEST, () -> DocumentLoader.load(options.inputs()));
    if (!loaded.isClean() && !options.keepGoing()) {
      reportProblems(loaded.problems());
      err.println("newsgraph: nothing was written; fix or remove the inputs above, or add"
          + " --keep-going to build from the others");
      return ExitCodes.BAD_INPUT;
    }
    if (loaded.documents().isEmpty()) {
      reportProblems(loaded.problems());
      err.println("newsgraph: none of the inputs could be used; nothing was written");
      return ExitCodes.BAD_INPUT;
    }
    try (GraphStore store = timed(BuildStage.STORE, () -> GraphStore.open(options.store()))) {
      build(store, loaded);
    }
    if (!loaded.isClean()) {
      reportProblems(loaded.problems());
      err.println("newsgraph: " + loaded.problems().size() + " input(s) could not be used (listed"
          + " above); the other documents were stored");
      return ExitCodes.SOME_INPUTS_FAILED;
    }
    return ExitCodes.OK;
  }

  private void build(GraphStore store, LoadResult loaded) {
    List<SourceDocument> corpus = timed(BuildStage.INGEST, () -> merge(store, loaded.documents()));
    CachingAnnotator annotator = cachingAnnotator(store.location());
    List<AnnotatedDocument> annotated;
    try (annotator) {
      annotated = timed(BuildStage.ANNOTATE, () -> annotate(annotator, corpus));
    }
    List<AnnotatedDocument> matched = timed(BuildStage.PATTERNS, () -> applyPatterns(annotated));
    progress.message("resolving entities and extracting facts…");
    ResolvedCorpus resolved =
        timed(BuildStage.RESOLVE, () -> new EntityResolver().resolve(matched));
    List<Fact> facts =
        timed(BuildStage.EXTRACT, () -> new FactExtractor().extract(matched, resolved));
    GraphBuilder graph = new GraphBuilder(options.graph());
    DatasetGraph dataset = timed(BuildStage.GRAPH, () -> graph.build(matched, resolved, facts));
    progress.message("writing the store " + store.location() + "…");
    StoreInfo info =
        timed(BuildStage.STORE, () -> {
          store.replaceContents(dataset, summary(corpus, loaded, annotator, resolved, facts));
          return store.info();
        });
    progress.message(
        "built " + store.location() + ": " + info.documents() + " documents, " + info.entities()
            + " entities, " + info.facts() + " facts, " + info.triples() + " triples in "
            + progress.elapsedSeconds() + " s");
  }

  private static List<AnnotatedDocument> applyPatterns(List<AnnotatedDocument> annotated) {
    PatternMatcher patterns = PatternMatcher.loadDefault();
    return annotated.stream().map(patterns::apply).toList();
  }

  /** Runs one stage and tells the stage listener how long it took. */
  private <T> T timed(BuildStage stage, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    stageListener.finished(stage, System.nanoTime() - start);
    return result;
  }

  /** The stored documents with the new ones added or replacing those with the same id, by id. */
  private List<SourceDocument> merge(GraphStore store, List<SourceDocument> fresh) {
    Map<String, SourceDocument> stored = new TreeMap<>();
    if (!options.fresh()) {
      store.storedDocuments().forEach(d -> stored.put(d.id(), d));
    }
    Map<String, SourceDocument> merged = new TreeMap<>(stored);
    int added = 0;
    int changed = 0;
    for (SourceDocument document : fresh) {
      SourceDocument old = merged.put(document.id(), document);
      if (old == null) {
        added++;
      } else if (!old.contentHash().equals(document.contentHash())) {
        changed++;
      }
    }
    int kept = merged.size() - fresh.size();
    progress.message(
        merged.size() + " documents: " + added + " new, " + changed + " changed, "
            + (fresh.size() - added - changed) + " unchanged, " + kept
            + " kept from earlier builds");
    return new ArrayList<>(merged.values());
  }

  private CachingAnnotator cachingAnnotator(Path storeLocation) {
    AnnotatorSettings settings = options.annotator();
    return new CachingAnnotator(
        storeLocation.resolve(CACHE_FOLDER), settings.fingerprint(), () -> loadCoreNlp(settings));
  }

  private DocumentAnnotator loadCoreNlp(AnnotatorSettings settings) {
    progress.message("loading CoreNLP models (~20 s; skipped when every document is cached)…");
    DocumentAnnotator loaded = annotatorLoader.apply(settings);
    progress.restartEstimate();
    return loaded;
  }

  private List<AnnotatedDocument> annotate(CachingAnnotator annotator, List<SourceDocument> docs) {
    progress.message(
        "annotating " + docs.size() + " documents with " + options.threads() + " thread(s)…");
    try {
      List<AnnotatedDocument> annotated =
          new BatchAnnotator(annotator, options.threads()).annotateAll(docs, progress);
      progress.endLine();
      return annotated;
    } catch (BatchAnnotationException e) {
      progress.endLine();
      throw annotationFailure(e);
    }
  }

  private static RuntimeException annotationFailure(BatchAnnotationException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io) {
      return new CliException(ExitCodes.STORE_UNUSABLE, e.documentId(), io.getMessage(), e);
    }
    return e;
  }

  private BuildSummary summary(
      List<SourceDocument> corpus,
      LoadResult loaded,
      CachingAnnotator annotator,
      ResolvedCorpus resolved,
      List<Fact> facts) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("base", options.graph().baseIri());
    settings.put("threads", Integer.toString(options.threads()));
    settings.put("fresh", Boolean.toString(options.fresh()));
    options.annotator().toMap().forEach((k, v) -> settings.put("annotator." + k, v));
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("documents", (long) corpus.size());
    counts.put("inputDocuments", (long) loaded.documents().size());
    counts.put("inputProblems", (long) loaded.problems().size());
    counts.put("annotated", annotator.misses());
    counts.put("fromCache", annotator.hits());
    counts.put("entities", (long) resolved.entities().size());
    counts.put("facts", (long) facts.size());
    return new BuildSummary(Instant.now(), settings, counts);
  }

  private void reportProblems(List<LoadProblem> problems) {
    problems.forEach(p -> err.println("newsgraph: " + p.describe()));
  }
}

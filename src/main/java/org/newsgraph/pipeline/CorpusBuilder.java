package org.newsgraph.pipeline;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.PatternCache;
import org.newsgraph.export.NQuadsShard;
import org.newsgraph.export.NQuadsShardWriter;
import org.newsgraph.graph.GraphShapes;
import org.newsgraph.ingest.LoadProblem;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreInfo;

/**
 * The part of a build that comes after reading the inputs, over an open store and an annotator that
 * the caller owns: merge the new documents with the stored ones (a new version replaces the
 * document with the same id), annotate (cached, several threads), apply the pattern rules, resolve
 * entities, link them to Wikipedia, extract facts, build the RDF dataset and replace the store's
 * contents in one transaction. {@code newsgraph build} runs it once; {@code newsgraph serve
 * --allow-ingest} keeps one with a loaded annotator and runs it for every document it is sent, one
 * at a time.
 */
final class CorpusBuilder {

  private final BuildOptions options;
  private final GraphStore store;
  private final CachingAnnotator annotator;
  private final BuildStageListener stages;
  private final boolean compactStore;
  private final StageChain chain;
  private final Optional<EngineStep> engineStep;
  private final Optional<DocumentEngine> engine;
  private String codeFingerprint;

  /**
   * @param options the settings (threads, fresh, annotator and graph settings); its inputs are not
   *     read here
   * @param store the open store to merge with and write
   * @param annotator the annotator, kept open by the caller
   * @param stages told how long each stage took
   * @param compactStore compact the database after each write (a build does; a server adding
   *     documents one by one compacts once, when it stops: see {@link GraphStore#compact()})
   */
  CorpusBuilder(
      BuildOptions options,
      GraphStore store,
      CachingAnnotator annotator,
      BuildStageListener stages,
      boolean compactStore) {
    this(options, store, annotator, stages, compactStore, GraphShapes.standard());
  }

  /**
   * A builder whose graphs must conform to other shapes than the graph model's (tests).
   *
   * @param shapes the shapes every built graph is checked against before the store is written
   */
  CorpusBuilder(
      BuildOptions options,
      GraphStore store,
      CachingAnnotator annotator,
      BuildStageListener stages,
      boolean compactStore,
      GraphShapes shapes) {
    this(options, store, annotator, stages, compactStore, shapes, Optional.empty());
  }

  /**
   * A builder whose per-document stages (annotation, pattern rules) run on a {@link DocumentEngine}
   * (the Spark engine) when one is given, instead of this process's threads.
   *
   * @param engine the engine, or empty for this process's threads
   */
  CorpusBuilder(
      BuildOptions options,
      GraphStore store,
      CachingAnnotator annotator,
      BuildStageListener stages,
      boolean compactStore,
      GraphShapes shapes,
      Optional<DocumentEngine> engine) {
    this.options = options;
    this.store = store;
    this.annotator = annotator;
    this.stages = stages;
    this.compactStore = compactStore;
    this.engine = engine;
    this.engineStep =
        engine.map(
            e ->
                new EngineStep(
                    e,
                    () ->
                        new DocumentWork(
                            cacheFolder().toString(), options.annotator(), codeFingerprint()),
                    options.keepGoing()));
    List<PipelineStep> perDocument =
        engineStep.isPresent()
            ? List.of(engineStep.get())
            : List.of(
                new AnnotateStep(annotator, options.threads()),
                new PatternStep(
                    options.threads(),
                    annotator::cacheFile,
                    () -> new PatternCache(cacheFolder(), codeFingerprint())));
    List<PipelineStep> steps = new ArrayList<>(perDocument);
    steps.addAll(
        List.of(
            new ResolveStep(),
            new LinkStep(options.link(), cacheFolder(), options.knowledgeBase()),
            new ExtractStep(options.learned()),
            new GraphStep(options.graph(), shapes, options.knowledgeBase())));
    this.chain = new StageChain(steps);
  }

  private Path cacheFolder() {
    return store.location().resolve(BuildRun.CACHE_FOLDER);
  }

  /**
   * The documents the engine could not annotate and left out under {@code --keep-going}; empty
   * without an engine (the single-process build fails on the first such document).
   */
  List<LoadProblem> engineFailures() {
    return engineStep.map(EngineStep::failures).orElse(List.of());
  }

  /** The stages this builder runs between reading the inputs and writing the store, in order. */
  List<BuildStage> chainStages() {
    return chain.stages();
  }

  /**
   * What one run did.
   *
   * @param info what the store holds afterwards
   * @param added how many of the new documents were not stored before
   * @param changed how many replaced a stored document with another text
   */
  record Outcome(StoreInfo info, int added, int changed) {}

  /**
   * Adds the documents to the store and rebuilds its graph: merge them with the stored documents,
   * run the {@link StageChain}, write the store.
   *
   * @param fresh the documents just read
   * @param inputProblems how many inputs could not be read, for build.json
   * @param progress where to report progress
   */
  Outcome build(List<SourceDocument> fresh, int inputProblems, ProgressPrinter progress) {
    Merge merge = mergeWithStore(fresh, progress);
    if (upToDate(merge)) {
      return unchanged(progress);
    }
    long hitsBefore = annotator.hits();
    long missesBefore = annotator.misses();
    BuildState built = chain.run(BuildState.of(merge.corpus()), progress, stages);
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("documents", (long) built.documents().size());
    counts.put("inputDocuments", (long) fresh.size());
    counts.put("inputProblems", (long) inputProblems + engineFailures().size());
    counts.put(
        "annotated",
        engineStep.map(EngineStep::annotated).orElse(annotator.misses() - missesBefore));
    counts.put(
        "fromCache", engineStep.map(EngineStep::fromCache).orElse(annotator.hits() - hitsBefore));
    counts.put("entities", (long) built.resolved().entities().size());
    counts.put("facts", (long) built.facts().size());
    counts.put("linkedEntities", (long) built.linking().linked());
    StoreInfo info = writeStore(built, merge.corpus(), counts, progress);
    progress.message(
        "built "
            + store.location()
            + ": "
            + contents(info)
            + " in "
            + progress.elapsedSeconds()
            + " s");
    return new Outcome(info, merge.added(), merge.changed());
  }

  /**
   * Runs the stages after annotation over one annotated document, without linking, and throws the
   * result away, so that a server's first real addition does not pay for loading rules and
   * compiling code.
   */
  void warmUp(AnnotatedDocument sample) {
    chain
        .from(BuildStage.PATTERNS, BuildStage.LINK)
        .run(BuildState.annotated(List.of(sample)), silent(), BuildStageListener.NONE);
  }

  private static ProgressPrinter silent() {
    return new ProgressPrinter(
        new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8),
        false,
        System::nanoTime);
  }

  private Outcome unchanged(ProgressPrinter progress) {
    StoreInfo info = timed(BuildStage.STORE, store::info);
    progress.message(
        "the store "
            + store.location()
            + " is up to date: the same documents, settings and"
            + " newsgraph code built it ("
            + contents(info)
            + "); nothing was written");
    return new Outcome(info, 0, 0);
  }

  /** "5 documents, 55 entities, 54 facts, 1896 triples". */
  private static String contents(StoreInfo info) {
    return info.documents()
        + " documents, "
        + info.entities()
        + " entities, "
        + info.facts()
        + " facts, "
        + info.triples()
        + " triples";
  }

  private StoreInfo writeStore(
      BuildState built,
      List<SourceDocument> processed,
      Map<String, Long> counts,
      ProgressPrinter progress) {
    Optional<Path> shards = engine.flatMap(DocumentEngine::shardFolder);
    progress.message("writing the store " + store.location() + "…");
    return timed(
        BuildStage.STORE,
        () -> {
          BuildSummary summary =
              new BuildSummary(Instant.now(), settings(built.documents()), counts);
          if (shards.isPresent()) {
            loadFromShards(built, processed, shards.get(), summary, progress);
          } else {
            store.replaceContents(built.graph(), summary, compactStore);
          }
          return store.info();
        });
  }

  /**
   * Writes the dataset as N-Quads shards, one per partition of the engine (the documents each
   * partition annotated; those left out under --keep-going are not in the graph), and loads the
   * store from them with the bulk loader.
   */
  private void loadFromShards(
      BuildState built,
      List<SourceDocument> processed,
      Path folder,
      BuildSummary summary,
      ProgressPrinter progress) {
    Set<String> inGraph = new HashSet<>();
    built.annotated().forEach(d -> inGraph.add(d.document().id()));
    List<List<String>> partitions =
        engine
            .orElseThrow()
            .partitions(processed.stream().map(SourceDocument::id).toList())
            .stream()
            .map(ids -> ids.stream().filter(inGraph::contains).toList())
            .toList();
    long start = System.nanoTime();
    List<NQuadsShard> written =
        new NQuadsShardWriter(options.graph()).write(built.graph(), partitions, folder);
    long quads = written.stream().mapToLong(NQuadsShard::quads).sum();
    progress.message(
        "wrote "
            + quads
            + " quads in "
            + written.size()
            + " N-Quads shards ("
            + NQuadsShardWriter.CORPUS_SHARD
            + " and one per partition) to "
            + folder.toAbsolutePath().normalize()
            + " in "
            + (System.nanoTime() - start) / 1_000_000
            + " ms; loading the store with the parallel bulk loader…");
    long load = System.nanoTime();
    store.replaceContentsFromShards(
        written.stream().map(NQuadsShard::file).toList(), built.graph().prefixes(), summary);
    progress.message("loaded the shards in " + (System.nanoTime() - load) / 1_000_000 + " ms");
  }

  private <T> T timed(BuildStage stage, Supplier<T> work) {
    return stages.timed(stage, work);
  }

  /** The merged corpus, sorted by id, and how many new documents were added or changed. */
  private record Merge(List<SourceDocument> corpus, int added, int changed) {}

  /**
   * Whether building would give the graph the store has: the same documents, built by the same code
   * with the same settings (threads and fresh aside, which do not change the graph), and no dump of
   * learned relation candidates is asked for (only a run writes it).
   */
  private boolean upToDate(Merge merge) {
    return options.learned().dump().isEmpty()
        && BuildSettings.sameGraph(
            GraphStore.lastBuild(store.location()), settings(merge.corpus()));
  }

  /** The ingest stage's second part: the new documents merged with the stored ones. */
  private Merge mergeWithStore(List<SourceDocument> fresh, ProgressPrinter progress) {
    return timed(BuildStage.INGEST, () -> merge(fresh, progress));
  }

  private Merge merge(List<SourceDocument> fresh, ProgressPrinter progress) {
    Map<String, SourceDocument> merged = new TreeMap<>();
    if (!options.fresh()) {
      store.storedDocuments().forEach(d -> merged.put(d.id(), d));
    }
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
        merged.size()
            + " documents: "
            + added
            + " new, "
            + changed
            + " changed, "
            + (fresh.size() - added - changed)
            + " unchanged, "
            + kept
            + " kept from earlier builds");
    return new Merge(new ArrayList<>(merged.values()), added, changed);
  }

  private String codeFingerprint() {
    if (codeFingerprint == null) {
      codeFingerprint = CodeFingerprint.ofRunningCode();
    }
    return codeFingerprint;
  }

  private Map<String, String> settings(List<SourceDocument> corpus) {
    return BuildSettings.of(options, codeFingerprint(), corpus);
  }
}

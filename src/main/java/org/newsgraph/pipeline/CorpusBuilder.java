package org.newsgraph.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.BatchAnnotator;
import org.newsgraph.annotate.BatchAnnotator.BatchAnnotationException;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.PatternMatcher;
import org.newsgraph.extract.Fact;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.LinkResult;
import org.newsgraph.link.WikiDictionary;
import org.newsgraph.link.WikipediaLinker;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedCorpus;
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
  private PatternMatcher patterns;
  private WikipediaLinker linker;
  private String codeFingerprint;
  private Map<SourceDocument, AnnotatedDocument> matchedBefore = Map.of();

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
    this.options = options;
    this.store = store;
    this.annotator = annotator;
    this.stages = stages;
    this.compactStore = compactStore;
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
   * Adds the documents to the store and rebuilds its graph.
   *
   * @param fresh the documents just read
   * @param inputProblems how many inputs could not be read, for build.json
   * @param progress where to report progress
   */
  Outcome build(List<SourceDocument> fresh, int inputProblems, ProgressPrinter progress) {
    Merge merge = stages.timed(BuildStage.INGEST, () -> merge(fresh, progress));
    if (upToDate(merge)) {
      StoreInfo info = stages.timed(BuildStage.STORE, store::info);
      progress.message(
          "the store "
              + store.location()
              + " is up to date: the same documents, settings and"
              + " newsgraph code built it ("
              + info.documents()
              + " documents, "
              + info.entities()
              + " entities, "
              + info.facts()
              + " facts, "
              + info.triples()
              + " triples); nothing was written");
      return new Outcome(info, 0, 0);
    }
    long hitsBefore = annotator.hits();
    long missesBefore = annotator.misses();
    List<AnnotatedDocument> annotated =
        stages.timed(BuildStage.ANNOTATE, () -> annotate(merge.corpus(), progress));
    List<AnnotatedDocument> matched =
        stages.timed(BuildStage.PATTERNS, () -> applyPatterns(annotated));
    progress.message("resolving entities and extracting facts…");
    ResolvedCorpus unlinked =
        stages.timed(BuildStage.RESOLVE, () -> new EntityResolver().resolve(matched));
    LinkResult linking = stages.timed(BuildStage.LINK, () -> link(unlinked, progress));
    ResolvedCorpus resolved = linking.corpus();
    List<Fact> facts =
        stages.timed(BuildStage.EXTRACT, () -> new FactExtractor().extract(matched, resolved));
    GraphBuilder graph = new GraphBuilder(options.graph());
    DatasetGraph dataset =
        stages.timed(BuildStage.GRAPH, () -> graph.build(matched, resolved, facts));
    progress.message("writing the store " + store.location() + "…");
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("documents", (long) merge.corpus().size());
    counts.put("inputDocuments", (long) fresh.size());
    counts.put("inputProblems", (long) inputProblems);
    counts.put("annotated", annotator.misses() - missesBefore);
    counts.put("fromCache", annotator.hits() - hitsBefore);
    counts.put("entities", (long) resolved.entities().size());
    counts.put("facts", (long) facts.size());
    counts.put("linkedEntities", (long) linking.linked());
    StoreInfo info =
        stages.timed(
            BuildStage.STORE,
            () -> {
              BuildSummary summary =
                  new BuildSummary(Instant.now(), settings(merge.corpus()), counts);
              store.replaceContents(dataset, summary, compactStore);
              return store.info();
            });
    progress.message(
        "built "
            + store.location()
            + ": "
            + info.documents()
            + " documents, "
            + info.entities()
            + " entities, "
            + info.facts()
            + " facts, "
            + info.triples()
            + " triples in "
            + progress.elapsedSeconds()
            + " s");
    return new Outcome(info, merge.added(), merge.changed());
  }

  private LinkResult link(ResolvedCorpus corpus, ProgressPrinter progress) {
    if (options.link().enabled()) {
      progress.message("linking " + corpus.entities().size() + " entities to Wikipedia…");
    }
    LinkResult result = linkerLoaded().linkWithReport(corpus);
    if (result.dictionaryRead()) {
      progress.message(
          "looked up "
              + (result.namesLookedUp() - result.namesFromCache())
              + " new names in the Wikipedia dictionary"
              + (result.indexUsed() ? " index" : "")
              + " in "
              + result.dictionaryMillis()
              + " ms; "
              + result.linked()
              + " of "
              + result.entities()
              + " entities linked");
    }
    return result;
  }

  private WikipediaLinker linkerLoaded() {
    if (linker == null) {
      Path cache = store.location().resolve(BuildRun.CACHE_FOLDER);
      linker =
          new WikipediaLinker(
              options.link(), cache, WikiDictionary.bundled(), DictionaryIndexHome.forStore(cache));
    }
    return linker;
  }

  /** The merged corpus, sorted by id, and how many new documents were added or changed. */
  private record Merge(List<SourceDocument> corpus, int added, int changed) {}

  /**
   * Whether building would give the graph the store has: the same documents, built by the same code
   * with the same settings (threads and fresh aside, which do not change the graph).
   */
  private boolean upToDate(Merge merge) {
    return BuildSettings.sameGraph(
        GraphStore.lastBuild(store.location()), settings(merge.corpus()));
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

  private List<AnnotatedDocument> annotate(List<SourceDocument> docs, ProgressPrinter progress) {
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

  /**
   * The documents with the pattern rules applied. A document matched by the previous run (same id,
   * source and text) is taken from it: the rules read one document at a time.
   */
  private List<AnnotatedDocument> applyPatterns(List<AnnotatedDocument> annotated) {
    PatternMatcher rules = patternsLoaded();
    Map<SourceDocument, AnnotatedDocument> matched = new HashMap<>();
    for (AnnotatedDocument document : annotated) {
      AnnotatedDocument before = matchedBefore.get(document.document());
      matched.put(document.document(), before != null ? before : rules.apply(document));
    }
    matchedBefore = matched;
    return annotated.stream().map(d -> matched.get(d.document())).toList();
  }

  /**
   * Runs the stages after annotation over one annotated document and throws the result away, so
   * that a server's first real addition does not pay for loading rules and compiling code.
   */
  void warmUp(AnnotatedDocument sample) {
    List<AnnotatedDocument> matched = List.of(patternsLoaded().apply(sample));
    ResolvedCorpus resolved = new EntityResolver().resolve(matched);
    List<Fact> facts = new FactExtractor().extract(matched, resolved);
    new GraphBuilder(options.graph()).build(matched, resolved, facts);
  }

  private PatternMatcher patternsLoaded() {
    if (patterns == null) {
      patterns = PatternMatcher.loadDefault();
    }
    return patterns;
  }

  private String codeFingerprint() {
    if (codeFingerprint == null) {
      codeFingerprint = CodeFingerprint.ofRunningCode();
    }
    return codeFingerprint;
  }

  private static RuntimeException annotationFailure(BatchAnnotationException e) {
    Throwable cause = e.getCause();
    if (cause instanceof UncheckedIOException io) {
      return new PipelineException(
          PipelineException.Kind.STORE_UNUSABLE, e.documentId(), io.getMessage(), e);
    }
    return e;
  }

  private Map<String, String> settings(List<SourceDocument> corpus) {
    return BuildSettings.of(options, codeFingerprint(), corpus);
  }
}

package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.extract.LearnedSettings;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.link.LinkSettings;
import org.newsgraph.link.WikiDictionaryIndex;
import org.newsgraph.link.kb.KnowledgeBase;
import org.newsgraph.serve.DocumentIngestor;
import org.newsgraph.serve.IngestOutcome;
import org.newsgraph.serve.IngestRejectedException;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/**
 * The documents sent to {@code newsgraph serve --allow-ingest}: each is read like a {@code .txt}
 * file and added to the store by a {@link CorpusBuilder} that is kept for the server's life, with
 * the CoreNLP annotator loaded once, at start, and the settings of the store's last build (base
 * IRI, annotator settings, knowledge base, learned relation model; never a candidate dump), so that
 * an addition gives the graph a build would.
 *
 * <p>Several documents may be sent at once. Each is annotated first, outside any lock, through the
 * store's annotation cache (at most {@link #annotatingAtOnce} at a time, which bounds the memory
 * that annotation takes); only the rest of the addition, which finds the new annotations in the
 * cache and takes about a second, runs one document at a time. A long document thus holds up only
 * itself, not every addition sent after it. {@link #close} waits for the addition being written and
 * refuses those that finish annotating later. The database is not compacted after each addition
 * (TDB2 compaction forces a full garbage collection, seconds with CoreNLP's models in the heap) but
 * once, by {@link #close}.
 */
public final class StoreIngestor implements DocumentIngestor, AutoCloseable {

  /**
   * A made-up article of ordinary length, annotated {@value #WARM_UP_PASSES} times at start and run
   * through the later stages once (never stored), so that the first document sent is not slowed by
   * code that has not been compiled yet.
   */
  private static final String WARM_UP_RESOURCE = "/org/newsgraph/pipeline/warm-up.txt";

  /**
   * How many times the warm-up article is annotated: once leaves the first real document about
   * three times slower than the next ones (measured: 4.0 s against 1.2 s of annotation).
   */
  private static final int WARM_UP_PASSES = 3;

  private final GraphStore store;
  private final CorpusBuilder builder;
  private final StageTimes stageTimes;
  private final DocumentAnnotator coreNlp;
  private final PrintStream err;
  private final boolean linking;
  private final DocumentLimit limit;
  private final CachingAnnotator annotator;
  private final Semaphore annotating;
  private volatile BackgroundDictionaryIndex indexing;
  private boolean added;
  private boolean closed;

  private StoreIngestor(
      GraphStore store,
      CorpusBuilder builder,
      StageTimes stageTimes,
      DocumentAnnotator coreNlp,
      CachingAnnotator annotator,
      PrintStream err,
      boolean linking,
      DocumentLimit limit) {
    this.limit = limit;
    this.annotator = annotator;
    this.annotating = new Semaphore(annotatingAtOnce(), true);
    this.store = store;
    this.builder = builder;
    this.stageTimes = stageTimes;
    this.coreNlp = coreNlp;
    this.err = err;
    this.linking = linking;
  }

  /**
   * Loads the annotator (printing "loading CoreNLP models…" and then "ready") and returns an
   * ingestor over the open store.
   *
   * @param limit the largest document accepted: documents are added one at a time, so a large one
   *     holds up the others for as long as CoreNLP takes with it (about a minute per 250 KB)
   * @throws PipelineException when the store's build.json records settings this version cannot use
   */
  public static StoreIngestor start(
      GraphStore store,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      PrintStream err,
      DocumentLimit limit) {
    BuildOptions options = optionsOfLastBuild(store);
    err.println("newsgraph: loading CoreNLP models… (about 20 s)");
    long start = System.nanoTime();
    DocumentAnnotator coreNlp = annotatorLoader.apply(options.annotator());
    CachingAnnotator annotator =
        new CachingAnnotator(
            store.location().resolve(BuildRun.CACHE_FOLDER),
            coreNlp.fingerprint(),
            coreNlp::fingerprint,
            () -> coreNlp);
    StageTimes stageTimes = new StageTimes();
    CorpusBuilder builder = new CorpusBuilder(options, store, annotator, stageTimes, false);
    SourceDocument warmUp = warmUpDocument();
    for (int pass = 1; pass < WARM_UP_PASSES; pass++) {
      coreNlp.annotate(warmUp);
    }
    builder.warmUp(coreNlp.annotate(warmUp));
    err.println(
        "newsgraph: ready to add documents (models loaded and warmed up in "
            + ProgressPrinter.duration(System.nanoTime() - start)
            + ")");
    boolean indexBundled = options.link().enabled() && options.knowledgeBase().isEmpty();
    return new StoreIngestor(
        store, builder, stageTimes, coreNlp, annotator, err, indexBundled, limit);
  }

  /**
   * How many sent documents are annotated at once: one per processor, and at least two, so that one
   * long document never holds up the others. CoreNLP's pipeline is shared; each annotation holds
   * one document (or one piece of a long one) in memory.
   */
  static int annotatingAtOnce() {
    return Math.max(2, Runtime.getRuntime().availableProcessors());
  }

  /**
   * When the store's builds link to Wikipedia, starts building the store's Wikipedia dictionary
   * index in a background thread if it is missing or unusable, so that documents added once it is
   * done look up their new names in milliseconds. Call it once, when the server is up.
   */
  public void indexDictionaryInBackground() {
    if (linking && indexing == null) {
      indexing =
          BackgroundDictionaryIndex.startIfNeeded(
                  new WikiDictionaryIndex(
                      DictionaryIndexHome.forStore(
                          store.location().resolve(BuildRun.CACHE_FOLDER))),
                  err)
              .orElse(null);
    }
  }

  /**
   * Adds the document: reads it, annotates it into the annotation cache (several documents at
   * once), then, one document at a time, rebuilds the graph and writes the store.
   */
  @Override
  public IngestOutcome ingest(String documentId, byte[] text) {
    long start = System.nanoTime();
    String source = "POST " + NewsgraphServer.INGEST_PATH + "?id=" + documentId;
    LoadResult read = DocumentLoader.fromText(documentId, source, text, limit);
    if (!read.isClean()) {
      throw new IngestRejectedException(read.problems().get(0).describe());
    }
    ProgressPrinter progress = new ProgressPrinter(err, false, System::nanoTime);
    long annotationNanos;
    try {
      annotationNanos = annotate(read.documents().get(0), progress);
    } catch (RuntimeException e) {
      err.println("newsgraph: adding the document '" + documentId + "' failed: " + e.getMessage());
      throw e;
    }
    return addAnnotated(documentId, read, progress, start, annotationNanos);
  }

  /**
   * Annotates the document into the annotation cache, waiting for a free turn when {@link
   * #annotatingAtOnce} documents are being annotated.
   *
   * @return how long the annotation took, waiting excluded
   */
  private long annotate(SourceDocument document, ProgressPrinter progress) {
    try {
      annotating.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to annotate", e);
    }
    try {
      long start = System.nanoTime();
      annotator.annotate(document, progress::annotatingPiece);
      return System.nanoTime() - start;
    } finally {
      annotating.release();
    }
  }

  /** The addition after annotation, one document at a time. */
  private synchronized IngestOutcome addAnnotated(
      String documentId,
      LoadResult read,
      ProgressPrinter progress,
      long start,
      long annotationNanos) {
    if (closed) {
      throw new IllegalStateException("the server is stopping; send the document again later");
    }
    CorpusBuilder.Outcome outcome;
    stageTimes.clear();
    try {
      outcome = builder.build(read.documents(), 0, progress);
      added = true;
    } catch (RuntimeException e) {
      err.println("newsgraph: adding the document '" + documentId + "' failed: " + e.getMessage());
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    err.println(
        "newsgraph: added the document '"
            + documentId
            + "' in "
            + millis
            + " ms (annotation "
            + TimeUnit.NANOSECONDS.toMillis(annotationNanos)
            + " ms, then "
            + stageTimes
            + ")");
    return new IngestOutcome(
        documentId,
        outcome.added() == 0,
        outcome.info().documents(),
        outcome.info().entities(),
        outcome.info().facts(),
        outcome.info().triples(),
        millis);
  }

  /**
   * Stops a dictionary index build that is still running, waits for a document being added,
   * compacts the store if documents were added, and releases the annotator.
   */
  @Override
  public synchronized void close() {
    closed = true;
    if (indexing != null) {
      indexing.close();
    }
    try {
      if (added) {
        err.println("newsgraph: compacting the store…");
        store.compact();
      }
    } finally {
      coreNlp.close();
    }
  }

  /** The settings of the store's last build, or the defaults when it has no build.json. */
  private static BuildOptions optionsOfLastBuild(GraphStore store) {
    Map<String, String> recorded =
        store.info().lastBuild().map(BuildSummary::settings).orElse(Map.of());
    Map<String, String> annotator = withPrefix(recorded, "annotator.");
    Map<String, String> link = withPrefix(recorded, "link.");
    try {
      return new BuildOptions(
          List.of(),
          store.location(),
          Runtime.getRuntime().availableProcessors(),
          false,
          false,
          AnnotatorSettings.fromMap(annotator),
          LinkSettings.fromMap(link),
          new GraphSettings(recorded.getOrDefault("base", GraphSettings.DEFAULT_BASE_IRI)),
          DocumentLimit.DEFAULT,
          knowledgeBaseOf(recorded),
          LearnedSettings.fromRecorded(withPrefix(recorded, BuildSettings.LEARNED)).withoutDump());
    } catch (IOException e) {
      throw new PipelineException(
          PipelineException.Kind.STORE_UNUSABLE,
          recorded.get(BuildSettings.KB_FOLDER),
          "the knowledge base the store was built with cannot be read ("
              + e.getMessage()
              + "); build the store again with 'newsgraph build --kb DIR' or without --kb",
          e);
    } catch (IllegalArgumentException e) {
      throw new PipelineException(
          PipelineException.Kind.STORE_UNUSABLE,
          store.location().resolve("build.json").toString(),
          "records settings this version cannot use ("
              + e.getMessage()
              + "); build"
              + " the store again with 'newsgraph build --fresh' before adding documents",
          e);
    }
  }

  /**
   * The knowledge base the last build linked with, when it used one; it must still be the same one
   * (same build id).
   */
  private static Optional<KnowledgeBase> knowledgeBaseOf(Map<String, String> recorded)
      throws IOException {
    String folder = recorded.get(BuildSettings.KB_FOLDER);
    if (folder == null) {
      return Optional.empty();
    }
    KnowledgeBase kb = KnowledgeBase.open(Path.of(folder));
    if (!kb.identity().equals(recorded.get(BuildSettings.KB))) {
      throw new IllegalArgumentException(
          "the knowledge base in "
              + folder
              + " was made again since the store's last build; build the store again with"
              + " 'newsgraph build --kb "
              + folder
              + "'");
    }
    return Optional.of(kb);
  }

  /** The recorded settings whose key starts with the prefix, with the prefix removed. */
  private static Map<String, String> withPrefix(Map<String, String> recorded, String prefix) {
    Map<String, String> values = new LinkedHashMap<>();
    recorded.forEach(
        (key, value) -> {
          if (key.startsWith(prefix)) {
            values.put(key.substring(prefix.length()), value);
          }
        });
    return values;
  }

  /** How long each stage of the last addition took, for the server's log. */
  private static final class StageTimes implements BuildStageListener {
    private final Map<BuildStage, Long> nanos = new EnumMap<>(BuildStage.class);

    @Override
    public synchronized void finished(BuildStage stage, long stageNanos) {
      nanos.merge(stage, stageNanos, Long::sum);
    }

    synchronized void clear() {
      nanos.clear();
    }

    @Override
    public synchronized String toString() {
      StringJoiner joined = new StringJoiner(", ");
      nanos.forEach(
          (stage, time) ->
              joined.add(stage.label() + " " + TimeUnit.NANOSECONDS.toMillis(time) + " ms"));
      return joined.toString();
    }
  }

  private static SourceDocument warmUpDocument() {
    byte[] text;
    try (InputStream in = StoreIngestor.class.getResourceAsStream(WARM_UP_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The file " + WARM_UP_RESOURCE + " is missing from the classpath: rebuild newsgraph");
      }
      text = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + WARM_UP_RESOURCE, e);
    }
    return DocumentLoader.fromText("warm-up", "classpath:" + WARM_UP_RESOURCE.substring(1), text)
        .documents()
        .get(0);
  }
}

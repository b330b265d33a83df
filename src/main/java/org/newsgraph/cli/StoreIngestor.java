package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.CachingAnnotator;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.ingest.DocumentLoader;
import org.newsgraph.ingest.LoadResult;
import org.newsgraph.ingest.SourceDocument;
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
 * IRI, annotator settings), so that an addition gives the graph a build would. One document at a
 * time; {@link #close} waits for the one being added.
 */
final class StoreIngestor implements DocumentIngestor, AutoCloseable {

  /** A short text annotated once at start, so that the first document sent is not slower. */
  private static final String WARM_UP_TEXT =
      "Anna Berg, the chair of the harbour board, met officials in Oslo on Monday.";

  private final CorpusBuilder builder;
  private final DocumentAnnotator coreNlp;
  private final PrintStream err;

  private StoreIngestor(CorpusBuilder builder, DocumentAnnotator coreNlp, PrintStream err) {
    this.builder = builder;
    this.coreNlp = coreNlp;
    this.err = err;
  }

  /**
   * Loads the annotator (printing "loading CoreNLP models…" and then "ready") and returns an
   * ingestor over the open store.
   *
   * @throws CliException when the store's build.json records settings this version cannot use
   */
  static StoreIngestor start(
      GraphStore store,
      Function<AnnotatorSettings, DocumentAnnotator> annotatorLoader,
      PrintStream err) {
    BuildOptions options = optionsOfLastBuild(store);
    err.println("newsgraph: loading CoreNLP models… (about 20 s)");
    long start = System.nanoTime();
    DocumentAnnotator coreNlp = annotatorLoader.apply(options.annotator());
    coreNlp.annotate(warmUpDocument());
    err.println("newsgraph: ready to add documents (models loaded in "
        + ProgressPrinter.duration(System.nanoTime() - start) + ")");
    CachingAnnotator annotator =
        new CachingAnnotator(
            store.location().resolve(BuildRun.CACHE_FOLDER), coreNlp.fingerprint(), () -> coreNlp);
    return new StoreIngestor(
        new CorpusBuilder(options, store, annotator, BuildStageListener.NONE), coreNlp, err);
  }

  @Override
  public synchronized IngestOutcome ingest(String documentId, byte[] text) {
    long start = System.nanoTime();
    String source = NewsgraphServer.INGEST_PATH + "?id=" + documentId;
    LoadResult read = DocumentLoader.fromText(documentId, source, text);
    if (!read.isClean()) {
      throw new IngestRejectedException(read.problems().get(0).describe());
    }
    CorpusBuilder.Outcome outcome;
    try {
      ProgressPrinter progress = new ProgressPrinter(err, false, System::nanoTime);
      outcome = builder.build(read.documents(), 0, progress);
    } catch (RuntimeException e) {
      err.println(
          "newsgraph: adding the document '" + documentId + "' failed: " + e.getMessage());
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    err.println("newsgraph: added the document '" + documentId + "' in " + millis + " ms");
    return new IngestOutcome(
        documentId,
        outcome.added() == 0,
        outcome.info().documents(),
        outcome.info().entities(),
        outcome.info().facts(),
        outcome.info().triples(),
        millis);
  }

  /** Waits for a document being added, then releases the annotator. */
  @Override
  public synchronized void close() {
    coreNlp.close();
  }

  /** The settings of the store's last build, or the defaults when it has no build.json. */
  private static BuildOptions optionsOfLastBuild(GraphStore store) {
    Map<String, String> recorded =
        store.info().lastBuild().map(BuildSummary::settings).orElse(Map.of());
    Map<String, String> annotator = new LinkedHashMap<>();
    recorded.forEach((key, value) -> {
      if (key.startsWith("annotator.")) {
        annotator.put(key.substring("annotator.".length()), value);
      }
    });
    try {
      return new BuildOptions(
          List.of(),
          store.location(),
          Runtime.getRuntime().availableProcessors(),
          false,
          false,
          AnnotatorSettings.fromMap(annotator),
          new GraphSettings(recorded.getOrDefault("base", GraphSettings.DEFAULT_BASE_IRI)));
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.STORE_UNUSABLE, store.location().resolve("build.json")
          .toString(), "records settings this version cannot use (" + e.getMessage() + "); build"
          + " the store again with 'newsgraph build --fresh' before adding documents", e);
    }
  }

  private static SourceDocument warmUpDocument() {
    byte[] text = WARM_UP_TEXT.getBytes(StandardCharsets.UTF_8);
    return DocumentLoader.fromText("warm-up", "warm-up", text).documents().get(0);
  }
}

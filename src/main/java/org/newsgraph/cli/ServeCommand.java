package org.newsgraph.cli;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.newsgraph.ingest.DocumentLimit;
import org.newsgraph.pipeline.StoreIngestor;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.serve.PortInUseException;
import org.newsgraph.serve.ServeException;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code newsgraph serve}: a read-only SPARQL endpoint and the graph viewer over the store; with
 * {@code --allow-ingest}, also an endpoint that adds documents, with CoreNLP kept loaded.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    sortOptions = false,
    description = {
      "Serves the store over HTTP until stopped (Ctrl-C): the graph viewer at /, SPARQL 1.1 query"
          + " at /sparql (GET and POST; JSON, XML, CSV, TSV, Turtle... by content negotiation)"
          + " and the Graph Store Protocol, read only, at /data.",
      "",
      "Read only: there is no SPARQL update or upload endpoint. With --allow-ingest, POST"
          + " /ingest?id=NAME with an article as text/plain (UTF-8) adds it to the store, from this"
          + " machine only. The default graph of queries is the union of all named graphs. CORS is enabled, so web pages elsewhere (e.g. YASGUI) can"
          + " query it. It listens on this machine only (127.0.0.1) unless --host says otherwise."
          + " The store is locked while the server runs: stop it before the next build.",
      "",
      "The URLs are printed on stderr when the server is ready. See docs/serve.md."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./newsgraph serve                       # then open http://127.0.0.1:3030/",
      "  ./newsgraph serve --store /data/graph --port 8080 --query-timeout 10",
      "  ./newsgraph serve --allow-ingest        # then add an article:",
      "  curl -H 'Content-Type: text/plain; charset=utf-8' --data-binary @article.txt \\",
      "    'http://127.0.0.1:3030/ingest?id=article.txt'",
      "  curl -H 'Accept: application/sparql-results+json' \\",
      "    --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5' http://127.0.0.1:3030/sparql"
    })
final class ServeCommand implements Callable<Integer> {

  /** How long a shutdown waits for the store to be closed. */
  private static final Duration STORE_CLOSE_WAIT = Duration.ofSeconds(10);

  @ParentCommand private Main main;

  @Mixin private CommonOptions common;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "N",
      defaultValue = "" + ServeSettings.DEFAULT_PORT,
      description = "TCP port; 0 picks a free one (printed at start).")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "H",
      defaultValue = ServeSettings.DEFAULT_HOST,
      description =
          "Host name or address to listen on. Anything but a loopback address makes the store"
              + " readable by whoever can reach this machine.")
  private String host;

  @Option(
      names = "--query-timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      converter = SecondsConverter.class,
      description = "Longest a query may run (decimals allowed); a longer one gets HTTP 503.")
  private Duration queryTimeout;

  @Option(
      names = "--max-results",
      paramLabel = "N",
      defaultValue = "" + ServeSettings.DEFAULT_MAX_RESULTS,
      description =
          "Most solutions a SELECT, CONSTRUCT or DESCRIBE query returns (a query without a LIMIT"
              + " or with a larger one runs with LIMIT N).")
  private long maxResults;

  @Option(
      names = "--allow-ingest",
      description =
          "Also add documents: POST an article (text/plain, UTF-8) to /ingest?id=NAME, from this"
              + " machine only, and it is added to the store like a build would (a document with"
              + " the same id is replaced). Loads CoreNLP at start (about 20 s, 2-3 GB of heap)."
              + " The SPARQL endpoint stays read only.")
  private boolean allowIngest;

  @Option(
      names = "--max-document-size",
      paramLabel = "SIZE",
      defaultValue = "256k",
      description =
          "With --allow-ingest: refuse a document whose text is larger than SIZE (bytes, or with"
              + " k, m or g) with 400 and a message. CoreNLP takes about a minute per 250 KB;"
              + " documents sent at once are annotated at once (at least two), and only the short"
              + " store write of each waits for the others. Default: ${DEFAULT-VALUE} (news articles"
              + " are 3-30 KB); `build` accepts up to 1 MB.")
  private String maxDocumentSize;

  @Override
  public Integer call() throws InterruptedException {
    ServeSettings settings = settings();
    DocumentLimit limit = documentLimit();
    CountDownLatch storeClosed = new CountDownLatch(1);
    try (GraphStore store = GraphStore.openExisting(common.store());
        StoreIngestor ingestor = allowIngest ? startIngestor(store, limit) : null;
        NewsgraphServer server = start(store, settings, ingestor)) {
      announce(store, server);
      if (ingestor != null) {
        ingestor.indexDictionaryInBackground();
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(() -> stopOnSignal(server, storeClosed), "newsgraph-serve-shutdown"));
      server.join();
    } finally {
      storeClosed.countDown();
    }
    return ExitCodes.OK;
  }

  /**
   * On Ctrl-C or SIGTERM: stops the server, which ends {@link #call}, and waits a little for it to
   * close the store, so that the next process finds it unlocked.
   */
  private static void stopOnSignal(NewsgraphServer server, CountDownLatch storeClosed) {
    server.close();
    try {
      storeClosed.await(STORE_CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ServeSettings settings() {
    try {
      return new ServeSettings(host, port, queryTimeout, maxResults);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "serve", e.getMessage(), e);
    }
  }

  private StoreIngestor startIngestor(GraphStore store, DocumentLimit limit) {
    return StoreIngestor.start(store, main.annotatorLoader(), main.streams().err(), limit);
  }

  private DocumentLimit documentLimit() {
    try {
      return DocumentLimit.parse(maxDocumentSize);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.USAGE, "--max-document-size", e.getMessage(), e);
    }
  }

  /** Starts the server; it adds documents when there is an ingestor (not null). */
  private static NewsgraphServer start(
      GraphStore store, ServeSettings settings, StoreIngestor ingestor) {
    try {
      return ingestor == null
          ? NewsgraphServer.start(store, settings)
          : NewsgraphServer.start(store, settings, ingestor);
    } catch (PortInUseException e) {
      throw new CliException(
          ExitCodes.SERVER_FAILED, "--port " + settings.port(), e.getMessage(), e);
    } catch (ServeException e) {
      throw new CliException(ExitCodes.SERVER_FAILED, "serve", e.getMessage(), e);
    }
  }

  private void announce(GraphStore store, NewsgraphServer server) {
    var err = main.streams().err();
    err.println("newsgraph: serving the store '" + store.location() + "'");
    err.println("  viewer:  " + server.baseUri());
    err.println("  SPARQL:  " + server.sparqlUri());
    err.println("  GSP:     " + server.dataUri() + " (read only)");
    if (allowIngest) {
      err.println(
          "  ingest:  "
              + server.ingestUri()
              + "?id=NAME (POST text/plain; from this"
              + " machine only)");
    }
    if (!server.boundAddress().getAddress().isLoopbackAddress()) {
      err.println(
          "newsgraph: warning: listening on "
              + listening(server.boundAddress().getAddress())
              + ", not a loopback address: anyone who can reach this machine can"
              + " read the store");
    }
    err.println("newsgraph: press Ctrl-C to stop");
    err.flush();
  }

  private static String listening(InetAddress address) {
    return address.isAnyLocalAddress() ? "all interfaces" : address.getHostAddress();
  }

  /** Reads a positive number of seconds, decimals allowed, e.g. {@code 2.5}. */
  static final class SecondsConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        BigDecimal seconds = new BigDecimal(value.strip());
        long millis = seconds.movePointRight(3).longValueExact();
        if (millis <= 0) {
          throw new TypeConversionException(
              "'" + value + "' is not a positive number of seconds (at least 0.001)");
        }
        return Duration.ofMillis(millis);
      } catch (NumberFormatException | ArithmeticException e) {
        throw new TypeConversionException(
            "'" + value + "' is not a number of seconds with at most 3 decimals, e.g. 30 or 2.5");
      }
    }
  }
}

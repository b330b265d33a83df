package org.newsgraph.serve;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ServerSocketChannel;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.GraphStore;

/**
 * A read-only SPARQL server over a newsgraph store (embedded Apache Jena Fuseki), with the graph
 * viewer page. URLs, relative to {@link #baseUri()}:
 *
 * <ul>
 *   <li>{@code /} the viewer page; {@code /viewer/...} its files
 *   <li>{@code /sparql} SPARQL 1.1 query (GET and POST), results in any standard format by content
 *       negotiation
 *   <li>{@code /data} SPARQL 1.1 Graph Store Protocol, read only ({@code ?graph=IRI}, {@code
 *       ?graph=union}, {@code ?default}, or the whole dataset without a parameter)
 *   <li>{@code /$/ping} a liveness check
 *   <li>{@code /ingest} adds a document ({@code POST ?id=NAME}, body text/plain), only when the
 *       server was started with a {@link DocumentIngestor} and only from this machine; 404
 *       otherwise
 * </ul>
 *
 * <p>There is no SPARQL update and no upload endpoint, and queries make no outbound requests
 * ({@code SERVICE} is refused). Any web page may read (CORS for GET and POST, no credentials). A
 * server on the loopback interface answers only requests addressed to localhost or 127.0.0.1 (DNS
 * rebinding is refused). The default graph of queries is the union of all named graphs.
 */
public final class NewsgraphServer implements AutoCloseable {

  /** The path of the SPARQL query endpoint. */
  public static final String SPARQL_PATH = "/sparql";

  /** The path of the read-only Graph Store Protocol endpoint. */
  public static final String DATA_PATH = "/data";

  /** The path of the endpoint that adds documents, when the server has an ingestor. */
  public static final String INGEST_PATH = IngestFilter.PATH;

  private final FusekiServer fuseki;
  private final InetSocketAddress boundAddress;

  private NewsgraphServer(FusekiServer fuseki, InetSocketAddress boundAddress) {
    this.fuseki = fuseki;
    this.boundAddress = boundAddress;
  }

  /**
   * Starts a server over an open store. The store must stay open while the server runs.
   *
   * @throws PortInUseException when the port is taken
   * @throws ServeException when the host is unknown or the server cannot start
   */
  public static NewsgraphServer start(GraphStore store, ServeSettings settings) {
    return start(store.datasetGraph(), settings, Optional.empty());
  }

  /**
   * Starts a server over an open store that also adds documents, through {@code ingestor}, at
   * {@link #INGEST_PATH}. The store must stay open while the server runs.
   *
   * @throws PortInUseException when the port is taken
   * @throws ServeException when the host is unknown or the server cannot start
   */
  public static NewsgraphServer start(
      GraphStore store, ServeSettings settings, DocumentIngestor ingestor) {
    return start(store.datasetGraph(), settings, Optional.of(ingestor));
  }

  /**
   * Starts a server over a transactional dataset that follows the newsgraph graph model.
   *
   * @throws PortInUseException when the port is taken
   * @throws ServeException when the host is unknown or the server cannot start
   */
  public static NewsgraphServer start(DatasetGraph dataset, ServeSettings settings) {
    return start(dataset, settings, Optional.empty());
  }

  /**
   * Starts a server over a transactional dataset that follows the newsgraph graph model, adding
   * documents through the ingestor when there is one.
   *
   * @throws PortInUseException when the port is taken
   * @throws ServeException when the host is unknown or the server cannot start
   */
  public static NewsgraphServer start(
      DatasetGraph dataset, ServeSettings settings, Optional<DocumentIngestor> ingestor) {
    InetAddress address = resolve(settings.host());
    FusekiServer fuseki = build(dataset, settings, address.isLoopbackAddress(), ingestor);
    ServerConnector connector = connector(fuseki);
    connector.setHost(settings.host());
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      stopQuietly(fuseki);
      throw startFailure(settings, e);
    }
    return new NewsgraphServer(fuseki, localAddress(connector));
  }

  private static FusekiServer build(
      DatasetGraph dataset,
      ServeSettings settings,
      boolean loopback,
      Optional<DocumentIngestor> ingestor) {
    DataService service =
        DataService.newBuilder(dataset)
            .addEndpoint(Operation.Query, SPARQL_PATH.substring(1))
            .addEndpoint(Operation.GSP_R, DATA_PATH.substring(1))
            .build();
    return FusekiServer.create()
        .fusekiModules(FusekiModules.empty())
        .port(settings.port())
        .loopback(loopback)
        .enableCors(false)
        .enablePing(true)
        .registerOperation(
            Operation.Query,
            WebContent.contentTypeSPARQLQuery,
            new LimitedQueryService(settings.queryTimeout(), settings.maxResults()))
        .add("/", service)
        .addFilter("/*", new CorsFilter())
        .addFilter("/*", new HostFilter(loopback))
        .addFilter("/*", new QueryBodyLimit())
        .addFilter("/*", new ReadOnlyFilter())
        .addFilter("/*", new ViewerFilter(ViewerAssets.load()))
        .addFilter("/*", new IngestFilter(ingestor))
        .build();
  }

  /** The port the server listens on (the one the system chose, for port 0). */
  public int port() {
    return boundAddress.getPort();
  }

  /** The address the server's socket is bound to. */
  public InetSocketAddress boundAddress() {
    return boundAddress;
  }

  /**
   * The server's root URL, e.g. {@code http://127.0.0.1:3030/}; {@code localhost} for a server
   * listening on all interfaces.
   */
  public URI baseUri() {
    InetAddress address = boundAddress.getAddress();
    String host = address.isAnyLocalAddress() ? "localhost" : address.getHostAddress();
    String authority = host.contains(":") ? "[" + host + "]" : host;
    return URI.create("http://" + authority + ":" + port() + "/");
  }

  /** The SPARQL query endpoint's URL. */
  public URI sparqlUri() {
    return baseUri().resolve(SPARQL_PATH.substring(1));
  }

  /** The Graph Store Protocol endpoint's URL. */
  public URI dataUri() {
    return baseUri().resolve(DATA_PATH.substring(1));
  }

  /** The URL that adds documents (answered with 404 when the server has no ingestor). */
  public URI ingestUri() {
    return baseUri().resolve(INGEST_PATH.substring(1));
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Stops the server; the store stays open. */
  @Override
  public void close() {
    fuseki.stop();
  }

  private static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ServeException(
          "Unknown host '"
              + host
              + "': give --host a host name or address of this machine, e.g. "
              + ServeSettings.DEFAULT_HOST,
          e);
    }
  }

  private static ServerConnector connector(FusekiServer fuseki) {
    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) {
        return serverConnector;
      }
    }
    throw new IllegalStateException("The embedded Fuseki server has no network connector");
  }

  private static InetSocketAddress localAddress(ServerConnector connector) {
    try {
      ServerSocketChannel channel = (ServerSocketChannel) connector.getTransport();
      return (InetSocketAddress) channel.getLocalAddress();
    } catch (IOException e) {
      throw new ServeException("Cannot read the server's address: " + e.getMessage(), e);
    }
  }

  private static ServeException startFailure(ServeSettings settings, RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BindException bind) {
        String reason = String.valueOf(bind.getMessage());
        if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
          return new PortInUseException(settings.host(), settings.port(), e);
        }
        return new ServeException(
            "Cannot listen on "
                + settings.host()
                + ":"
                + settings.port()
                + " ("
                + reason
                + "): give --host an address of this machine, e.g. "
                + ServeSettings.DEFAULT_HOST,
            e);
      }
    }
    return new ServeException(
        "Cannot start the server on "
            + settings.host()
            + ":"
            + settings.port()
            + ": "
            + e.getMessage(),
        e);
  }

  private static void stopQuietly(FusekiServer fuseki) {
    try {
      fuseki.stop();
    } catch (RuntimeException ignored) {
      // The server did not start; there is nothing more to release.
    }
  }
}

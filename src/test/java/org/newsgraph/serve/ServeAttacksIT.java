package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.GraphStore;

/**
 * The server under attack, over real HTTP: a query must not make the server call out ({@code
 * SERVICE}), a regular expression that backtracks without end must stop at the timeout while the
 * server keeps answering, a huge query body is refused unread, a request for another host name (DNS
 * rebinding) is refused on every path, and cross-origin pages may read but not send credentials or
 * write.
 */
class ServeAttacksIT {

  private static final Duration TIMEOUT = Duration.ofSeconds(2);

  @TempDir static Path folder;

  private static GraphStore store;
  private static NewsgraphServer server;
  private static final List<String> ingested = new CopyOnWriteArrayList<>();
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() {
    store = SampleStore.create(folder.resolve("store"));
    DocumentIngestor recorder =
        (id, text) -> {
          ingested.add(id);
          return new IngestOutcome(id, false, 1, 0, 0, 0, 0);
        };
    server =
        NewsgraphServer.start(
            store.datasetGraph(),
            ServeSettings.defaults().withPort(0).withQueryTimeout(TIMEOUT),
            Optional.of(recorder));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @Test
  void aServiceClauseMakesNoOutboundRequest() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Boolean> contacted = listenOnce(listener);
      String query =
          "SELECT * WHERE { SERVICE <http://127.0.0.1:"
              + listener.getLocalPort()
              + "/sparql> { ?s ?p ?o } }";
      HttpResponse<String> response = query(query);
      assertEquals(400, response.statusCode(), response.body());
      assertTrue(response.body().contains("SERVICE is not available"), response.body());
      assertFalse(contacted.get(), "the listener received a connection");
    }
  }

  @Test
  void aBacktrackingRegexEndsAtTheTimeoutAndTheServerKeepsAnswering() throws Exception {
    String query =
        "SELECT * WHERE { VALUES ?t { \""
            + "a".repeat(80)
            + "\" } FILTER(REGEX(?t, \".*.*.*.*.*.*.*.*QQQ\")) }";
    assertEndsWithTimeout(query);
  }

  @Test
  void aBacktrackingReplaceEndsAtTheTimeout() throws Exception {
    String query =
        "SELECT ?r WHERE { VALUES ?t { \""
            + "a".repeat(80)
            + "\" } BIND(REPLACE(?t, \".*.*.*.*.*.*.*.*QQQ\", \"x\") AS ?r) }";
    assertEndsWithTimeout(query);
  }

  @Test
  void regexAndReplaceStillWork() throws Exception {
    String query =
        "SELECT ?r WHERE { VALUES ?t { \"Harbour reopens\"@en } "
            + "FILTER(REGEX(?t, \"harbour\", \"i\")) BIND(REPLACE(?t, \"re(o)\", \"$1\") AS ?r) }";
    HttpResponse<String> response = query(query);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"Harbour opens\""), response.body());
    assertTrue(response.body().contains("\"xml:lang\": \"en\""), response.body());
  }

  @Test
  void aHugeQueryBodyIsRefusedUnread() throws Exception {
    String huge = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(2 * QueryBodyLimit.MAX_BYTES);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(server.sparqlUri())
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(huge))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(413, response.statusCode(), response.body());
    assertTrue(response.body().contains("KB"), response.body());
    assertEquals(200, ping());
    HttpResponse<String> small =
        http.send(
            HttpRequest.newBuilder(server.sparqlUri())
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("ASK { ?s ?p ?o }"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, small.statusCode(), small.body());
  }

  @Test
  void requestsForAnotherHostNameAreRefused() throws Exception {
    String evil = "evil.example:" + server.port();
    String query = raw("GET", "/sparql?query=" + encode("ASK {}"), evil, null, "");
    assertTrue(query.startsWith("HTTP/1.1 403"), query);
    String ingest =
        raw("POST", "/ingest?id=planted.txt", evil, "http://" + evil, "Harbour reopens.");
    assertTrue(ingest.startsWith("HTTP/1.1 403"), ingest);
    assertEquals(List.of(), ingested);
    String local = raw("GET", "/$/ping", "localhost:" + server.port(), null, "");
    assertTrue(local.startsWith("HTTP/1.1 200"), local);
  }

  @Test
  void crossOriginPagesMayReadButGetNoCredentialsOrWrites() throws Exception {
    HttpResponse<String> preflight =
        http.send(
            HttpRequest.newBuilder(server.sparqlUri())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://viewer.example")
                .header("Access-Control-Request-Method", "POST")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String methods = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
    assertTrue(methods.contains("POST"), methods);
    assertFalse(methods.contains("PUT") || methods.contains("DELETE"), methods);
    HttpResponse<String> read =
        http.send(
            HttpRequest.newBuilder(URI.create(server.sparqlUri() + "?query=" + encode("ASK {}")))
                .header("Origin", "https://viewer.example")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, read.statusCode());
    assertEquals(
        "",
        read.headers().firstValue("Access-Control-Allow-Credentials").orElse(""),
        "credentials");
  }

  private static void assertEndsWithTimeout(String query) throws Exception {
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<String>> pending =
        http.sendAsync(
            HttpRequest.newBuilder(URI.create(server.sparqlUri() + "?query=" + encode(query)))
                .header("Accept", "text/csv")
                .timeout(Duration.ofSeconds(60))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, ping(), "the server answers while the query runs");
    HttpResponse<String> response = pending.get();
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    assertTrue(took.compareTo(TIMEOUT.multipliedBy(10)) < 0, "took " + took);
    assertFalse(
        response.statusCode() == 200 && response.body().contains("x"),
        "the match cannot have finished: " + response.body());
  }

  private static CompletableFuture<Boolean> listenOnce(ServerSocket listener) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            listener.setSoTimeout(3000);
            try (Socket ignored = listener.accept()) {
              return true;
            }
          } catch (SocketTimeoutException e) {
            return false;
          } catch (IOException e) {
            return false;
          }
        });
  }

  private static HttpResponse<String> query(String query) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(server.sparqlUri() + "?query=" + encode(query)))
            .header("Accept", "application/sparql-results+json")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static int ping() throws Exception {
    return http.send(
            HttpRequest.newBuilder(server.baseUri().resolve("$/ping"))
                .timeout(Duration.ofSeconds(5))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  /** One HTTP/1.1 request written by hand, to send a Host header a client library would not. */
  private static String raw(String method, String path, String host, String origin, String body)
      throws IOException {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request =
        new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
    if (origin != null) {
      request.append("Origin: ").append(origin).append("\r\n");
    }
    request
        .append("Content-Type: text/plain; charset=utf-8\r\n")
        .append("Content-Length: ")
        .append(content.length)
        .append("\r\nConnection: close\r\n\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(content);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

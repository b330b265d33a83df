package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.store.GraphStore;

/**
 * The SPARQL server over a real TDB2 store, checked over HTTP as a client would: result formats,
 * read-only behaviour, CORS, the Graph Store Protocol, timeouts, the result cap, the bound address
 * and a busy port.
 */
class NewsgraphServerIT {

  private static final String PREFIXES =
      "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n";

  private static final String PERSONS =
      PREFIXES + "SELECT ?label WHERE { ?e a ng:Person ; rdfs:label ?label } ORDER BY ?label";

  @TempDir static Path folder;

  private static GraphStore store;
  private static NewsgraphServer server;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private static final ObjectMapper json = new ObjectMapper();

  @BeforeAll
  static void start() {
    store = SampleStore.create(folder.resolve("store"));
    server = NewsgraphServer.start(store, ServeSettings.defaults().withPort(0));
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
  void portZeroGetsARealPortOnTheLoopbackAddress() {
    assertTrue(server.port() > 0);
    assertTrue(
        server.boundAddress().getAddress().isLoopbackAddress(),
        "bound to " + server.boundAddress());
    assertEquals("127.0.0.1", server.boundAddress().getAddress().getHostAddress());
    assertEquals("http://127.0.0.1:" + server.port() + "/sparql", server.sparqlUri().toString());
  }

  @Test
  void selectOverGetReturnsStandardJsonResults() throws Exception {
    HttpResponse<String> response =
        send(
            get(server.sparqlUri(), "query=" + encode(PERSONS))
                .header("Accept", "application/sparql-results+json")
                .build());
    assertEquals(200, response.statusCode());
    assertTrue(contentType(response).startsWith("application/sparql-results+json"));
    JsonNode results = json.readTree(response.body());
    assertEquals("label", results.path("head").path("vars").get(0).asText());
    JsonNode rows = results.path("results").path("bindings");
    assertEquals(2, rows.size());
    assertEquals("Maria Keller", rows.get(0).path("label").path("value").asText());
    assertEquals("literal", rows.get(0).path("label").path("type").asText());
    assertEquals("Tom Berg", rows.get(1).path("label").path("value").asText());
  }

  @Test
  void selectOverPostInEveryResultFormat() throws Exception {
    for (ResultsFormatCase format : ResultsFormatCase.values()) {
      HttpResponse<String> response =
          send(
              post(
                      server.sparqlUri(),
                      "application/x-www-form-urlencoded",
                      "query=" + encode(PERSONS))
                  .header("Accept", format.mediaType)
                  .build());
      assertEquals(200, response.statusCode(), format.mediaType);
      assertTrue(contentType(response).startsWith(format.mediaType), contentType(response));
      assertTrue(response.body().contains("Maria Keller"), response.body());
      assertEquals(2, format.rows(response.body()), format.mediaType);
    }
  }

  @Test
  void aQueryCanBePostedDirectly() throws Exception {
    HttpResponse<String> response =
        send(
            post(server.sparqlUri(), "application/sparql-query", PERSONS)
                .header("Accept", "text/csv")
                .build());
    assertEquals(200, response.statusCode());
    assertEquals("label\r\nMaria Keller\r\nTom Berg\r\n", response.body());
  }

  @Test
  void constructResultsAreNegotiatedToo() throws Exception {
    String construct =
        PREFIXES + "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a ng:Country ; rdfs:label ?l }";
    HttpResponse<String> response =
        send(
            get(server.sparqlUri(), "query=" + encode(construct))
                .header("Accept", "application/n-triples")
                .build());
    assertEquals(200, response.statusCode());
    Graph graph = RDFParser.fromString(response.body(), Lang.NTRIPLES).toGraph();
    assertEquals(2, graph.size());
  }

  @Test
  void theDefaultGraphIsTheUnionOfTheNamedGraphs() throws Exception {
    String query =
        PREFIXES
            + "SELECT (COUNT(*) AS ?n) WHERE { ?d a ng:Document . ?e a ng:Fact . ?c a <http://www.w3.org/2002/07/owl#Class> }";
    HttpResponse<String> response =
        send(
            get(server.sparqlUri(), "query=" + encode(query)).header("Accept", "text/csv").build());
    assertEquals(200, response.statusCode());
    long rows = Long.parseLong(response.body().lines().skip(1).findFirst().orElseThrow().trim());
    assertTrue(rows > 0, "documents, facts and ontology classes are all in the default graph");
  }

  @Test
  void updatesAreRefusedAndChangeNothing() throws Exception {
    long before = storeSize();
    String update = "INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }";
    HttpResponse<String> direct =
        send(post(server.sparqlUri(), "application/sparql-update", update).build());
    HttpResponse<String> form =
        send(
            post(
                    server.sparqlUri(),
                    "application/x-www-form-urlencoded",
                    "update=" + encode(update))
                .build());
    HttpResponse<String> put =
        send(
            HttpRequest.newBuilder(URI.create(server.dataUri() + "?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))
                .build());
    HttpResponse<String> delete =
        send(
            HttpRequest.newBuilder(URI.create(server.dataUri() + "?graph=" + encode(corpusGraph())))
                .DELETE()
                .build());
    for (HttpResponse<String> response : List.of(direct, form, put, delete)) {
      assertEquals(
          405,
          response.statusCode(),
          response.request().method()
              + " "
              + response.request().uri()
              + " gave "
              + response.statusCode());
      assertTrue(response.body().contains("read-only"), response.body());
    }
    assertEquals(before, storeSize(), "the store is unchanged");
  }

  @Test
  void corsHeadersArePresent() throws Exception {
    HttpResponse<String> response =
        send(
            get(server.sparqlUri(), "query=" + encode("ASK {}"))
                .header("Origin", "https://yasgui.example")
                .build());
    assertEquals(200, response.statusCode());
    assertEquals(
        "https://yasgui.example",
        response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

    HttpResponse<String> preflight =
        send(
            HttpRequest.newBuilder(server.sparqlUri())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://yasgui.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type")
                .build());
    assertEquals(200, preflight.statusCode());
    assertTrue(
        preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
  }

  @Test
  void graphStoreProtocolReadsANamedGraphAndTheUnion() throws Exception {
    HttpResponse<String> corpus =
        send(
            HttpRequest.newBuilder(URI.create(server.dataUri() + "?graph=" + encode(corpusGraph())))
                .header("Accept", "text/turtle")
                .GET()
                .build());
    assertEquals(200, corpus.statusCode());
    assertTrue(contentType(corpus).startsWith("text/turtle"));
    Graph served = RDFParser.fromString(corpus.body(), Lang.TURTLE).toGraph();
    DatasetGraph dataset = store.datasetGraph();
    long stored =
        Txn.calculateRead(
            dataset, () -> (long) dataset.getGraph(NodeFactory.createURI(corpusGraph())).size());
    assertEquals(stored, served.size());
    assertTrue(corpus.body().contains("Maria Keller"));

    HttpResponse<String> union =
        send(
            HttpRequest.newBuilder(URI.create(server.dataUri() + "?graph=union"))
                .header("Accept", "application/n-triples")
                .GET()
                .build());
    assertEquals(200, union.statusCode());
    assertTrue(RDFParser.fromString(union.body(), Lang.NTRIPLES).toGraph().size() > stored);
  }

  @Test
  void theQueryTimeoutIsApplied() throws Exception {
    try (NewsgraphServer quick =
        NewsgraphServer.start(
            store, ServeSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(500)))) {
      String heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
      long started = System.nanoTime();
      HttpResponse<String> response =
          send(get(quick.sparqlUri(), "query=" + encode(heavy)).build());
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      assertEquals(503, response.statusCode(), response.body());
      assertTrue(response.body().contains("timed out"), response.body());
      assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "took " + took);
    }
  }

  @Test
  void theResultCapLimitsLargeResults() throws Exception {
    try (NewsgraphServer capped =
        NewsgraphServer.start(store, ServeSettings.defaults().withPort(0).withMaxResults(3))) {
      assertEquals(3, csvRows(capped, "SELECT * WHERE { ?s ?p ?o }"));
      assertEquals(2, csvRows(capped, "SELECT * WHERE { ?s ?p ?o } LIMIT 2"));
      assertEquals(3, csvRows(capped, "SELECT * WHERE { ?s ?p ?o } LIMIT 50"));
    }
    assertTrue(csvRows(server, "SELECT * WHERE { ?s ?p ?o }") > 3, "the default cap is larger");
  }

  @Test
  void aBusyPortIsReportedPlainly() {
    ServeSettings samePort = ServeSettings.defaults().withPort(server.port());
    PortInUseException e =
        assertThrows(PortInUseException.class, () -> NewsgraphServer.start(store, samePort));
    assertTrue(e.getMessage().contains("Port " + server.port()), e.getMessage());
    assertTrue(e.getMessage().contains("--port"), e.getMessage());
  }

  @Test
  void anUnknownHostIsReportedPlainly() {
    ServeSettings nowhere = ServeSettings.defaults().withPort(0).withHost("no-such-host.invalid");
    ServeException e =
        assertThrows(ServeException.class, () -> NewsgraphServer.start(store, nowhere));
    assertTrue(e.getMessage().contains("no-such-host.invalid"), e.getMessage());
  }

  @Test
  void theViewerPageAndCytoscapeAreServedFromTheClasspath() throws Exception {
    HttpResponse<String> page = send(HttpRequest.newBuilder(server.baseUri()).GET().build());
    assertEquals(200, page.statusCode());
    assertTrue(contentType(page).startsWith("text/html"));
    assertTrue(page.body().contains("viewer/lib/cytoscape.min.js"));
    HttpResponse<String> library =
        send(
            HttpRequest.newBuilder(
                    server.baseUri().resolve(ViewerAssets.CYTOSCAPE_PATH.substring(1)))
                .GET()
                .build());
    assertEquals(200, library.statusCode());
    assertTrue(library.body().length() > 100_000 && library.body().contains("cytoscape"));
    HttpResponse<String> missing =
        send(
            HttpRequest.newBuilder(server.baseUri().resolve("viewer/../../etc/passwd"))
                .GET()
                .build());
    assertNotEquals(200, missing.statusCode());
  }

  /** The result formats a SELECT can be negotiated to, with a way to count rows in each. */
  private enum ResultsFormatCase {
    JSON("application/sparql-results+json"),
    XML("application/sparql-results+xml"),
    CSV("text/csv"),
    TSV("text/tab-separated-values");

    final String mediaType;

    ResultsFormatCase(String mediaType) {
      this.mediaType = mediaType;
    }

    int rows(String body) {
      Lang lang =
          switch (this) {
            case JSON -> ResultSetLang.RS_JSON;
            case XML -> ResultSetLang.RS_XML;
            case CSV -> ResultSetLang.RS_CSV;
            case TSV -> ResultSetLang.RS_TSV;
          };
      return countRows(body, lang);
    }
  }

  private static long csvRows(NewsgraphServer target, String query) throws Exception {
    HttpResponse<String> response =
        send(
            get(target.sparqlUri(), "query=" + encode(query)).header("Accept", "text/csv").build());
    assertEquals(200, response.statusCode(), response.body());
    return countRows(response.body(), ResultSetLang.RS_CSV);
  }

  /** Parses SPARQL results with Jena's reader and counts the rows. */
  private static int countRows(String body, Lang lang) {
    return ResultSetFormatter.consume(
        ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
  }

  private static long storeSize() {
    DatasetGraph dataset = store.datasetGraph();
    return Txn.calculateRead(dataset, () -> Iter.count(dataset.find()));
  }

  private static String corpusGraph() {
    return GraphSettings.DEFAULT_BASE_IRI + "graph/corpus";
  }

  private static HttpRequest.Builder get(URI endpoint, String queryString) {
    return HttpRequest.newBuilder(URI.create(endpoint + "?" + queryString)).GET();
  }

  private static HttpRequest.Builder post(URI endpoint, String contentType, String body) {
    return HttpRequest.newBuilder(endpoint)
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static HttpResponse<String> send(HttpRequest request)
      throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

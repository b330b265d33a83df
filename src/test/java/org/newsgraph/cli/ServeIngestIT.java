package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.BuildSummary;
import org.newsgraph.store.GraphStore;

/**
 * {@code newsgraph serve --allow-ingest} as a user runs it, in its own JVM with real CoreNLP: it
 * loads the models at start, a POSTed article ends up in the store (its document and an entity it
 * names are visible through /sparql, next to the documents already stored), bad text is refused
 * with 400, and SPARQL updates are still refused. One server for the whole class.
 */
class ServeIngestIT {

  private static final long START_SECONDS = 240;
  private static final String PREFIXES =
      "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX dct: <http://purl.org/dc/terms/>\n"
          + "PREFIX schema: <http://schema.org/>\n";

  private static final String ARTICLE =
      "Port of Gdansk names a new director\n\n"
          + "The Port of Gdansk appointed Tomasz Wilk as its director on Monday, the port said in"
          + " a statement. Wilk previously ran the logistics company Baltic Freight in Gdynia.\n\n"
          + "\"We want to double the number of container ships within five years,\" Wilk told"
          + " reporters in Gdansk.";

  @TempDir static Path folder;

  private static ServeProcess serve;
  private static URI sparql;
  private static final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @BeforeAll
  static void start() throws Exception {
    Path storeDir = folder.resolve("store");
    try (GraphStore store = GraphStore.open(storeDir)) {
      store.replaceContents(
          SampleCorpus.Wire.dataset(), new BuildSummary(Instant.now(), Map.of(), Map.of()));
    }
    serve = ServeProcess.start("3g", storeDir, "--port", "0", "--allow-ingest");
    sparql = serve.waitForUrl(START_SECONDS);
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (serve != null) {
      serve.process.destroy();
      serve.waitForExit(60);
    }
  }

  @Test
  void theModelsAreLoadedAtStartAndTheIngestUrlIsPrinted() {
    String stderr = serve.stderr();
    assertTrue(stderr.contains("loading CoreNLP models"), stderr);
    assertTrue(stderr.contains("ready to add documents"), stderr);
    assertTrue(stderr.contains("ingest:  " + sparql.resolve("/ingest")), stderr);
  }

  @Test
  void aPostedArticleIsStoredWithTheEntitiesItNames() throws Exception {
    long documentsBefore = count("SELECT (COUNT(?d) AS ?n) WHERE { ?d a ng:Document }");
    HttpResponse<String> response = post("wire/port-director.txt", ARTICLE);
    assertEquals(201, response.statusCode(), response.body() + "\n" + serve.stderr());
    JsonNode outcome = new ObjectMapper().readTree(response.body());
    assertEquals("wire/port-director.txt", outcome.get("documentId").asText());
    assertFalse(outcome.get("replaced").asBoolean());
    assertEquals(documentsBefore + 1, outcome.get("documents").asLong());

    assertEquals(documentsBefore + 1, count("SELECT (COUNT(?d) AS ?n) WHERE { ?d a ng:Document }"));
    assertEquals(
        1,
        count(
            "SELECT (COUNT(?e) AS ?n) WHERE {"
                + " ?d dct:identifier \"wire/port-director.txt\" ; dct:title ?title ; schema:mentions ?e ."
                + " ?e a ng:Person ; rdfs:label \"Tomasz Wilk\" ."
                + " FILTER(?title = \"Port of Gdansk names a new director\") }"));
    assertEquals(
        1,
        count(
            "SELECT (COUNT(*) AS ?n) WHERE {"
                + " ?d dct:identifier \""
                + SampleCorpus.Wire.DOC_VISIT
                + "\" }"),
        "stored documents are kept");
  }

  @Test
  void textThatIsNotUtf8IsRefusedWith400() throws Exception {
    byte[] latin1 =
        "Caf\u00e9 owners protest\nThe owners met.".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(ingestUri("latin1.txt"))
                .header("Content-Type", "text/plain")
                .POST(BodyPublishers.ofByteArray(latin1))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("not valid UTF-8"), response.body());
    assertEquals(0, count("SELECT (COUNT(*) AS ?n) WHERE { ?d dct:identifier \"latin1.txt\" }"));
  }

  @Test
  void sparqlUpdatesAreStillRefused() throws Exception {
    String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(sparql)
                .header("Content-Type", "application/sparql-update")
                .POST(BodyPublishers.ofString(update))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(
        response.statusCode() >= 400 && response.statusCode() < 500,
        response.statusCode() + " " + response.body());
    assertEquals(0, count("SELECT (COUNT(*) AS ?n) WHERE { <urn:x:s> ?p ?o }"));
  }

  private static URI ingestUri(String id) {
    return sparql.resolve("/ingest?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> post(String id, String text)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(ingestUri(id))
            .header("Content-Type", "text/plain; charset=utf-8")
            .timeout(Duration.ofMinutes(2))
            .POST(BodyPublishers.ofString(text, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static long count(String select) throws IOException, InterruptedException {
    URI uri =
        URI.create(
            sparql + "?query=" + URLEncoder.encode(PREFIXES + select, StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(uri).header("Accept", "text/csv").GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    String[] lines = response.body().split("\r\n");
    return Long.parseLong(lines[1].strip());
  }
}

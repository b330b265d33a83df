package org.newsgraph.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.graph.GraphBuilder;
import org.newsgraph.graph.GraphSettings;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.graph.Sparql;
import org.newsgraph.ingest.SourceDocument;
import org.newsgraph.resolve.ResolvedCorpus;

class GraphStoreIT {

  private static final BuildSummary SUMMARY =
      new BuildSummary(
          Instant.parse("2025-05-01T10:15:30Z"),
          Map.of("annotators", "tokenize,ssplit", "base", GraphSettings.DEFAULT_BASE_IRI),
          Map.of("documents", 2L, "facts", 5L));

  @TempDir Path tmp;
  private Path storeDir;
  private GraphStore store;
  private DatasetGraph sample;

  @BeforeEach
  void openAndFill() {
    storeDir = tmp.resolve("store");
    sample = sampleDataset();
    store = GraphStore.open(storeDir);
    store.replaceContents(sample, SUMMARY);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void replaceContentsStoresEveryQuadOfTheBuiltDataset() {
    assertEquals(quads(sample), storedQuads());
    assertTrue(Files.isDirectory(storeDir.resolve("tdb2")));
  }

  @Test
  void replaceContentsRemovesGraphsTheNewContentsLack() {
    List<AnnotatedDocument> docs = SampleCorpus.documents();
    DatasetGraph smaller =
        new GraphBuilder(GraphSettings.defaults())
            .build(List.of(docs.get(1)), new ResolvedCorpus(List.of(), List.of()), List.of());
    store.replaceContents(smaller, SUMMARY);
    assertEquals(quads(smaller), storedQuads());
    assertEquals(
        List.of(SampleCorpus.DOC2),
        store.storedDocuments().stream().map(SourceDocument::id).toList());
  }

  @Test
  void replaceContentsCompactsTheDatabase() throws IOException {
    store.replaceContents(sampleDataset(), SUMMARY);
    try (Stream<Path> entries = Files.list(storeDir.resolve("tdb2"))) {
      assertEquals(1, entries.filter(p -> p.getFileName().toString().startsWith("Data-")).count());
    }
  }

  @Test
  void aFailedReplaceLeavesTheStoreAsItWas() throws IOException {
    byte[] buildFile = Files.readAllBytes(storeDir.resolve("build.json"));
    DatasetGraph other =
        new GraphBuilder(new GraphSettings("http://example.org/other/"))
            .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
    BuildSummary later = new BuildSummary(Instant.now(), Map.of(), Map.of());
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> store.replaceContents(new FailingDataset(other, 40), later));
    assertTrue(e.getMessage().contains("simulated failure"));
    assertEquals(quads(sample), storedQuads());
    assertArrayEquals(buildFile, Files.readAllBytes(storeDir.resolve("build.json")));
  }

  @Test
  void buildJsonHoldsTheSummaryAndNoTemporaryFileRemains() throws IOException {
    JsonNode json = new ObjectMapper().readTree(storeDir.resolve("build.json").toFile());
    assertEquals("2025-05-01T10:15:30Z", json.get("buildTime").asText());
    assertEquals("tokenize,ssplit", json.get("settings").get("annotators").asText());
    assertEquals(5, json.get("counts").get("facts").asInt());
    try (Stream<Path> entries = Files.list(storeDir)) {
      assertEquals(
          List.of("build.json", "tdb2"),
          entries.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void storedDocumentsRoundTrip() {
    List<SourceDocument> expected =
        SampleCorpus.documents().stream().map(AnnotatedDocument::document).toList();
    assertEquals(expected, store.storedDocuments());
  }

  @Test
  void storedDocumentsSurviveReopening() {
    store.close();
    store = GraphStore.openExisting(storeDir);
    assertEquals(2, store.storedDocuments().size());
  }

  @Test
  void queriesSeeTheUnionOfAllGraphsOntologyIncluded() throws IOException {
    // the employer triple is in document graphs, the label in the corpus graph and the
    // sub-property axiom in the ontology graph
    String query =
        Sparql.PREFIXES
            + """
        SELECT DISTINCT ?name ?orgName WHERE {
          ?p rdfs:subPropertyOf wdt:P108 . ?person ?p ?org .
          ?person rdfs:label ?name . ?org rdfs:label ?orgName }""";
    ResultSet results = selectJson(query);
    var row = results.next();
    assertEquals("Ada Lovelace", row.getLiteral("name").getString());
    assertEquals("Northern Alliance", row.getLiteral("orgName").getString());
    assertFalse(results.hasNext());
  }

  @Test
  void namedGraphsStayReachableWithGraph() {
    String query =
        Sparql.PREFIXES + "SELECT ?g WHERE { GRAPH ?g { ?d a ng:Document } } ORDER BY ?g";
    List<String> graphs = new ArrayList<>();
    selectJson(query).forEachRemaining(row -> graphs.add(row.getResource("g").getURI()));
    assertEquals(
        List.of(
            GraphSettings.DEFAULT_BASE_IRI + "graph/doc/alliance.txt",
            GraphSettings.DEFAULT_BASE_IRI + "graph/doc/news/2024%20May/report%231.txt"),
        graphs);
  }

  @Test
  void selectResultsInEveryFormat() {
    String query = Sparql.PREFIXES + "SELECT ?name WHERE { ?e a ng:Person ; rdfs:label ?name }";
    assertTrue(run(query, QueryFormat.TABLE).contains("\"Ada Lovelace\""));
    for (QueryFormat format : List.of(QueryFormat.JSON, QueryFormat.XML, QueryFormat.TSV)) {
      ResultSet results = parse(run(query, format), lang(format));
      assertEquals("Ada Lovelace", results.next().getLiteral("name").getString(), format.name());
    }
    assertEquals(List.of("name", "Ada Lovelace"), run(query, QueryFormat.CSV).lines().toList());
  }

  @Test
  void jsonIsSparqlQueryResultsJson() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(run(Sparql.PREFIXES + "SELECT ?e WHERE { ?e a ng:City }", QueryFormat.JSON));
    assertEquals("e", json.at("/head/vars/0").asText());
    assertEquals("uri", json.at("/results/bindings/0/e/type").asText());
    assertEquals(
        GraphSettings.DEFAULT_BASE_IRI + "entity/city/brightwater",
        json.at("/results/bindings/0/e/value").asText());
  }

  @Test
  void askResultsInEveryFormat() throws IOException {
    String yes = Sparql.PREFIXES + "ASK { ?f ng:modality ng:Negated }";
    assertTrue(new ObjectMapper().readTree(run(yes, QueryFormat.JSON)).get("boolean").asBoolean());
    assertTrue(run(yes, QueryFormat.XML).contains("<boolean>true</boolean>"));
    assertEquals("yes", run(yes, QueryFormat.TABLE).strip());
    assertEquals("true", run(yes, QueryFormat.CSV).lines().toList().get(1));
    assertEquals("true", run(yes, QueryFormat.TSV).lines().toList().get(1));
    String no = Sparql.PREFIXES + "ASK { ?f ng:modality ng:Hypothetical }";
    assertFalse(new ObjectMapper().readTree(run(no, QueryFormat.JSON)).get("boolean").asBoolean());
  }

  @Test
  void constructResultsAreTurtleJsonLdOrRdfXml() {
    String query =
        Sparql.PREFIXES + "CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a ng:Person ; rdfs:label ?l }";
    Graph turtle = RDFParser.fromString(run(query, QueryFormat.TABLE), Lang.TURTLE).toGraph();
    Graph jsonLd = RDFParser.fromString(run(query, QueryFormat.JSON), Lang.JSONLD).toGraph();
    Graph rdfXml = RDFParser.fromString(run(query, QueryFormat.XML), Lang.RDFXML).toGraph();
    assertEquals(1, turtle.size());
    assertTrue(turtle.isIsomorphicWith(jsonLd));
    assertTrue(turtle.isIsomorphicWith(rdfXml));
    assertTrue(
        run(query, QueryFormat.TABLE).contains("person:ada-lovelace  rdfs:label"),
        "Turtle uses the store's prefixes");
  }

  @Test
  void describeResultsAreGraphs() {
    String query = "DESCRIBE <" + GraphSettings.DEFAULT_BASE_IRI + "entity/city/brightwater>";
    Graph graph = RDFParser.fromString(run(query, QueryFormat.TABLE), Lang.TURTLE).toGraph();
    assertTrue(graph.size() >= 2);
  }

  @Test
  void anInvalidQueryReportsTheParsersLineAndColumn() {
    String query =
        "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
            + "SELECT ?x\n"
            + "WHERE { ?x ng:confidence ?c . FILTER(?c > ) }";
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class,
            () -> store.query(query, QueryFormat.TABLE, new ByteArrayOutputStream()));
    assertEquals(3, e.line());
    assertEquals(43, e.column());
    assertTrue(e.getMessage().contains("line 3, column 43"), e.getMessage());
  }

  @Test
  void updatesAreNotQueries() {
    InvalidQueryException e =
        assertThrows(
            InvalidQueryException.class,
            () ->
                store.query(
                    "DELETE WHERE { ?s ?p ?o }", QueryFormat.JSON, new ByteArrayOutputStream()));
    assertEquals(1, e.line());
    assertEquals(2, storedDocumentCount());
  }

  @Test
  void infoCountsTheContentsAndReadsTheLastBuild() {
    StoreInfo info = store.info();
    assertEquals(storeDir.toAbsolutePath(), info.location());
    assertEquals(2, info.documents());
    assertEquals(
        Map.of("City", 1L, "Country", 1L, "Organization", 1L, "Person", 1L), info.entitiesByType());
    assertEquals(
        Map.of("employer", 1L, "headquarters", 1L, "leader", 1L, "memberOf", 1L, "title", 1L),
        info.factsByRelation());
    assertEquals(Map.of("Asserted", 4L, "Negated", 1L), info.factsByModality());
    assertEquals(4, info.entities());
    assertEquals(5, info.facts());
    assertEquals(quads(sample).size(), info.triples());
    assertEquals(SUMMARY, info.lastBuild().orElseThrow());
  }

  @Test
  void aStoreHeldByAnotherProcessIsReportedAsLocked() throws Exception {
    Path locked = tmp.resolve("locked-store");
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(),
                locked.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8));
      assertEquals(
          "locked " + locked.toAbsolutePath(),
          CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS));
      StoreLockedException e =
          assertThrows(StoreLockedException.class, () -> GraphStore.open(locked));
      assertTrue(e.getMessage().contains(locked.toAbsolutePath().toString()), e.getMessage());
      assertTrue(e.getMessage().contains("in use by another newsgraph process"), e.getMessage());
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, holder.exitValue());
      try (GraphStore reopened = GraphStore.open(locked)) {
        assertEquals(List.of(), reopened.storedDocuments());
      }
    } finally {
      holder.destroyForcibly();
    }
  }

  @Test
  void readingAFolderWithoutAStoreSaysHowToBuildOne() throws IOException {
    Path empty = Files.createDirectory(tmp.resolve("empty"));
    StoreNotFoundException e =
        assertThrows(StoreNotFoundException.class, () -> GraphStore.openExisting(empty));
    assertTrue(e.getMessage().contains("newsgraph build --store"), e.getMessage());
  }

  private int storedDocumentCount() {
    return store.storedDocuments().size();
  }

  private String run(String query, QueryFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    store.query(query, format, out);
    return out.toString(UTF_8);
  }

  private ResultSet selectJson(String query) {
    return parse(run(query, QueryFormat.JSON), ResultSetLang.RS_JSON);
  }

  private static ResultSet parse(String results, Lang lang) {
    return ResultSetMgr.read(new ByteArrayInputStream(results.getBytes(UTF_8)), lang);
  }

  private static Lang lang(QueryFormat format) {
    return switch (format) {
      case JSON -> ResultSetLang.RS_JSON;
      case XML -> ResultSetLang.RS_XML;
      case TSV -> ResultSetLang.RS_TSV;
      case CSV -> ResultSetLang.RS_CSV;
      case TABLE -> ResultSetLang.RS_Text;
    };
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Set<Quad> storedQuads() {
    return store.read(GraphStoreIT::quads);
  }

  private static Set<Quad> quads(DatasetGraph dataset) {
    Set<Quad> quads = new HashSet<>();
    dataset.find().forEachRemaining(quads::add);
    return quads;
  }

  private static DatasetGraph sampleDataset() {
    return new GraphBuilder(GraphSettings.defaults())
        .build(SampleCorpus.documents(), SampleCorpus.corpus(), SampleCorpus.facts());
  }
}

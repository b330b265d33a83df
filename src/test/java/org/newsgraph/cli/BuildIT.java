package org.newsgraph.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.Difference;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.AnnotatorSettings;
import org.newsgraph.annotate.DocumentAnnotator;
import org.newsgraph.store.StoreLockHolder;

/**
 * {@code newsgraph build} end to end on the five seed articles, with real CoreNLP (loaded once for
 * the class) and a real TDB2 store, checked through {@code newsgraph query}. The tests run in order
 * and share the store: each leaves it as the next one expects.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BuildIT {

  private static final String PREFIXES =
      "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
          + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          + "PREFIX dct: <http://purl.org/dc/terms/>\n"
          + "PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>\n"
          + "PREFIX schema: <http://schema.org/>\n";

  private static final String EDITED_ID = "003_aeac9d7b49959ddc.txt";

  @TempDir static Path dir;

  private static Path store;
  private static Path corpus;
  private static String original;
  private static long initialTriples;
  private static CliRun firstBuild;
  private static final AtomicInteger loaderCalls = new AtomicInteger();

  @BeforeAll
  static void buildTheSeeds() throws IOException {
    store = dir.resolve("store");
    corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, corpus.resolve(seed.getFileName()));
      }
    }
    original = Files.readString(corpus.resolve(EDITED_ID));
    CliRun run = build(corpus.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    firstBuild = run;
    initialTriples = tripleCount();
  }

  /** CoreNLP, loaded once however many builds need it; the calls are counted. */
  private static DocumentAnnotator sharedPipeline(AnnotatorSettings settings) {
    loaderCalls.incrementAndGet();
    return SharedCoreNlp.annotator(settings);
  }

  private static CliRun build(String... args) {
    List<String> full = new ArrayList<>(List.of("build", "--store", store.toString()));
    full.addAll(List.of(args));
    return CliRun.with(BuildIT::sharedPipeline, full.toArray(String[]::new));
  }

  private static List<Map<String, String>> select(String query) {
    CliRun run =
        CliRun.of("query", "--store", store.toString(), "--format", "json", PREFIXES + query);
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    try {
      List<Map<String, String>> rows = new ArrayList<>();
      for (JsonNode binding : new ObjectMapper().readTree(run.out()).at("/results/bindings")) {
        Map<String, String> row = new TreeMap<>();
        binding.properties().forEach(f -> row.put(f.getKey(), f.getValue().get("value").asText()));
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(String where) {
    return Long.parseLong(
        select("SELECT (COUNT(*) AS ?n) WHERE { " + where + " }").get(0).get("n"));
  }

  private static long tripleCount() {
    return count("GRAPH ?g { ?s ?p ?o }");
  }

  private static List<String> labels(String type) {
    return select("SELECT ?label WHERE { ?e a ng:" + type + " ; rdfs:label ?label }").stream()
        .map(row -> row.get("label"))
        .sorted()
        .toList();
  }

  @Test
  @Order(1)
  void theStoreHoldsTheFiveSeedDocuments() throws IOException {
    List<String> ids =
        select("SELECT ?id WHERE { ?d a ng:Document ; dct:identifier ?id } ORDER BY ?id").stream()
            .map(row -> row.get("id"))
            .toList();
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      assertEquals(seeds.map(p -> p.getFileName().toString()).sorted().toList(), ids);
    }
    assertEquals(5, ids.size());
  }

  @Test
  @Order(2)
  void entitiesHaveLabelsAndTypes() {
    assertTrue(labels("Person").contains("Mark Rutte"), labels("Person").toString());
    assertTrue(labels("Country").contains("Japan"), labels("Country").toString());
    assertEquals(
        0,
        count(
            "VALUES ?c { ng:Person ng:Organization ng:Country ng:City ng:Place }"
                + " ?e a ?c FILTER NOT EXISTS { ?e rdfs:label ?l }"),
        "every entity has a label");
  }

  @Test
  @Order(2)
  void wellKnownEntitiesAreLinkedToWikipediaThroughDbpedia() {
    List<Map<String, String>> japan =
        select(
            "SELECT ?same WHERE { ?e a ng:Country ; rdfs:label \"Japan\" ;"
                + " <http://www.w3.org/2002/07/owl#sameAs> ?same } ORDER BY ?same");
    assertEquals(
        List.of(
            Map.of("same", "http://dbpedia.org/resource/Japan"),
            Map.of("same", "http://www.wikidata.org/entity/Q17")),
        japan);
    assertTrue(
        count("?e <http://www.w3.org/2002/07/owl#sameAs> ?same") >= 20,
        "most of the seeds' entities have an article");
    assertTrue(
        firstBuild.err().contains("in the Wikipedia dictionary index in"),
        "the index installed by the Maven build (package phase) was used: " + firstBuild.err());
  }

  @Test
  @Order(3)
  void everyFactPointsToASentenceOfItsDocument() {
    assertTrue(count("?f a ng:Fact") > 0, "the seeds state facts");
    assertEquals(0, count("?f a ng:Fact FILTER NOT EXISTS { ?f ng:evidence ?e }"));
    assertEquals(
        0,
        count(
            "?f ng:evidence ?e . ?e <http://www.w3.org/ns/prov#wasDerivedFrom> ?s ."
                + " ?s nif:referenceContext ?d ; nif:anchorOf ?text . ?d nif:isString ?doc"
                + " FILTER (!CONTAINS(?doc, ?text))"),
        "evidence sentences are cut from their document");
  }

  @Test
  @Order(3)
  void theSeedsGraphConformsToTheShapesOfTheGraphModel() {
    CliRun run = CliRun.of("validate", "--store", store.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("conforms ("), run.out());
  }

  @Test
  @Order(4)
  void rebuildingTheSameInputGivesTheSameTriplesFromTheCache() {
    int callsBefore = loaderCalls.get();

    CliRun run = build(corpus.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(initialTriples, tripleCount(), "no duplicates after a rebuild");
    assertEquals(callsBefore, loaderCalls.get(), "all annotations came from the cache");
    assertFalse(run.err().contains("loading CoreNLP"), run.err());
    assertTrue(run.err().contains("is up to date: the same 5 documents"), run.err());
    assertFalse(run.err().contains("Wikipedia dictionary"), "names come from the link cache");
  }

  @Test
  @Order(5)
  void badInputWithoutKeepGoingLeavesTheStoreUnchanged() throws IOException {
    Path more = Files.createDirectories(dir.resolve("more"));
    Files.writeString(more.resolve("new.txt"), "Port opens\nA new port opened in Gdansk.");
    Files.write(more.resolve("latin1.txt"), "Caf\u00e9 society".getBytes(ISO_8859_1));

    CliRun run = build(more.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains(more.resolve("latin1.txt") + ": not valid UTF-8 (byte offset 3)"),
        run.err());
    assertEquals(initialTriples, tripleCount());
    assertEquals(5, count("?d a ng:Document"));
  }

  @Test
  @Order(6)
  void editingADocumentReplacesItsTextAndFacts() throws IOException {
    assertTrue(labels("Person").contains("Volodymyr Zelenskyy"), labels("Person").toString());
    assertTrue(labels("Country").contains("Poland"), labels("Country").toString());
    String edited =
        original
            .lines()
            .filter(line -> !line.contains("Zelenskyy") && !line.contains("Poland"))
            .collect(Collectors.joining("\n"));
    assertTrue(edited.length() < original.length() - 200, "two paragraphs were removed");
    Files.writeString(corpus.resolve(EDITED_ID), edited);

    CliRun run = build(corpus.resolve(EDITED_ID).toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(5, count("?d a ng:Document"));
    CliRun info = CliRun.of("info", "--store", store.toString());
    assertTrue(
        info.out().contains("annotated 1,") && info.out().contains("fromCache 4,"),
        "only the edited document was annotated again: " + info.out());
    assertEquals(
        1,
        count(
            "?d dct:identifier \""
                + EDITED_ID
                + "\" ; nif:isString ?text"
                + " FILTER (!CONTAINS(?text, \"Zelenskyy\"))"),
        "the stored text is the new version");
    assertFalse(labels("Person").contains("Volodymyr Zelenskyy"), labels("Person").toString());
    assertFalse(labels("Country").contains("Poland"), labels("Country").toString());
    assertEquals(
        0,
        count("?s nif:anchorOf ?text FILTER (CONTAINS(?text, \"Zelenskyy\"))"),
        "no sentence of the old version is left");
  }

  @Test
  @Order(7)
  void restoringTheDocumentRestoresTheSameGraph() throws IOException {
    Files.writeString(corpus.resolve(EDITED_ID), original);

    CliRun run = build(corpus.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(initialTriples, tripleCount());
    assertTrue(labels("Person").contains("Volodymyr Zelenskyy"), labels("Person").toString());
  }

  @Test
  @Order(8)
  void exportWritesEveryQuad() throws IOException {
    Path output = dir.resolve("graph.nq");

    CliRun run =
        CliRun.of(
            "export",
            "--store",
            store.toString(),
            "--format",
            "nquads",
            "--output",
            output.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    try (Stream<String> lines = Files.lines(output, UTF_8)) {
      assertEquals(initialTriples, lines.filter(l -> !l.isBlank()).count());
    }
  }

  @Test
  @Order(9)
  void anInvalidQueryGivesExitCodeFiveWithLineAndColumn() {
    CliRun run =
        CliRun.of("query", "--store", store.toString(), "SELECT ?s\nWHERE { ?s ?p ?o . FILTER( }");
    assertEquals(ExitCodes.INVALID_QUERY, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("newsgraph: query: "), run.err());
    assertTrue(run.err().contains("line 2, column"), run.err());
    assertEquals("", run.out());
  }

  @Test
  @Order(10)
  void keepGoingStoresTheGoodDocumentsAndExitsWithOne() throws IOException {
    Path more = Files.createDirectories(dir.resolve("keep"));
    Files.writeString(
        more.resolve("port.txt"),
        "Port reopens\nThe mayor of Gdansk, Anna Nowak, reopened the port on Monday.");
    Files.write(more.resolve("binary.txt"), new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
    Files.writeString(more.resolve("huge.txt"), "Huge\n" + "Short line.\n".repeat(262_144));

    CliRun run = build("--keep-going", more.toString());

    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exitCode(), run::toString);
    assertTrue(
        run.err().contains(more.resolve("binary.txt") + ": looks like a binary file"), run.err());
    assertTrue(
        run.err()
            .contains(
                more.resolve("huge.txt")
                    + ": its text is 3.0 MB, above the 1.0 MB limit for one document; split it"),
        run.err());
    assertTrue(run.err().contains("--max-document-size"), run.err());
    assertEquals(6, count("?d a ng:Document"));
    assertEquals(1, count("?d dct:identifier \"port.txt\""));
  }

  @Test
  @Order(11)
  void aStoreHeldByAnotherProcessGivesExitCodeFour() throws Exception {
    Process holder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StoreLockHolder.class.getName(),
                store.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(holder.getInputStream(), UTF_8));
      String ready = CompletableFuture.supplyAsync(() -> readLine(out)).get(120, TimeUnit.SECONDS);
      assertTrue(ready != null && ready.startsWith("locked"), "the holder has the store: " + ready);

      CliRun query = CliRun.of("query", "--store", store.toString(), "ASK { ?s ?p ?o }");
      CliRun rebuild = build(corpus.toString());

      for (CliRun run : List.of(query, rebuild)) {
        assertEquals(ExitCodes.STORE_UNUSABLE, run.exitCode(), run::toString);
        assertTrue(
            run.err()
                .startsWith(
                    "newsgraph: The store folder '"
                        + store.toAbsolutePath()
                        + "' is in use by another newsgraph process"),
            run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
      }
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(60, TimeUnit.SECONDS));
    } finally {
      holder.destroyForcibly();
    }
    assertEquals(6, count("?d a ng:Document"), "the store is usable again once released");
  }

  @Test
  @Order(12)
  void noLinkBuildsTheSameGraphWithoutWikipediaLinks() {
    long facts = count("?f a ng:Fact");

    CliRun run = build("--no-link", corpus.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    assertEquals(0, count("?e <http://www.w3.org/2002/07/owl#sameAs> ?same"));
    assertEquals(facts, count("?f a ng:Fact"), "linking changes no fact");
    CliRun info = CliRun.of("info", "--store", store.toString());
    assertTrue(info.out().contains("link.enabled false"), info.out());
  }

  private static String readLine(BufferedReader reader) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  @Order(13)
  void addingADocumentGivesTheGraphOfAFreshBuildOfAllTheDocuments() throws IOException {
    List<Path> seeds;
    try (Stream<Path> files = Files.list(corpus)) {
      seeds = files.sorted().toList();
    }
    Path fresh = storeWithTheCache("store-fresh");
    Path grown = storeWithTheCache("store-grown");
    // the same file arguments both ways: a document's dct:source is the input as the user gave it
    List<String> firstFour = new ArrayList<>(List.of("build", "--store", grown.toString()));
    seeds.subList(0, 4).forEach(seed -> firstFour.add(seed.toString()));

    CliRun four = CliRun.with(BuildIT::sharedPipeline, firstFour.toArray(String[]::new));
    CliRun fifth =
        CliRun.with(
            BuildIT::sharedPipeline, "build", "--store", grown.toString(), seeds.get(4).toString());
    List<String> allFive = new ArrayList<>(List.of("build", "--store", fresh.toString()));
    seeds.forEach(seed -> allFive.add(seed.toString()));
    CliRun all = CliRun.with(BuildIT::sharedPipeline, allFive.toArray(String[]::new));

    assertEquals(ExitCodes.OK, four.exitCode(), four::toString);
    assertEquals(ExitCodes.OK, fifth.exitCode(), fifth::toString);
    assertEquals(ExitCodes.OK, all.exitCode(), all::toString);
    DatasetGraph expected = exported(fresh);
    DatasetGraph actual = exported(grown);
    List<Node> names = new ArrayList<>();
    expected.listGraphNodes().forEachRemaining(names::add);
    List<Node> actualNames = new ArrayList<>();
    actual.listGraphNodes().forEachRemaining(actualNames::add);
    assertEquals(Set.copyOf(names), Set.copyOf(actualNames), "the same named graphs");
    assertTrue(names.size() >= 6, "a graph per document and the corpus graph: " + names);
    for (Node name : names) {
      assertTrue(
          expected.getGraph(name).isIsomorphicWith(actual.getGraph(name)),
          () ->
              "graph "
                  + name
                  + " is the same after adding the fifth document as after one build; only after"
                  + " one build: "
                  + difference(expected.getGraph(name), actual.getGraph(name))
                  + "; only after adding: "
                  + difference(actual.getGraph(name), expected.getGraph(name)));
    }
    assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()));
  }

  private static List<String> difference(Graph left, Graph right) {
    return new Difference(left, right)
        .find().toList().stream().map(Object::toString).limit(20).toList();
  }

  /** An empty store folder holding a copy of the main store's annotation cache. */
  private static Path storeWithTheCache(String name) throws IOException {
    Path target = dir.resolve(name);
    Path cache = store.resolve("cache");
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path file : files.toList()) {
        Path copy = target.resolve("cache").resolve(cache.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    return target;
  }

  private static DatasetGraph exported(Path from) {
    Path file = dir.resolve(from.getFileName() + ".nq");
    CliRun run =
        CliRun.of(
            "export",
            "--store",
            from.toString(),
            "--format",
            "nquads",
            "--output",
            file.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run::toString);
    return RDFDataMgr.loadDatasetGraph(file.toString());
  }
}

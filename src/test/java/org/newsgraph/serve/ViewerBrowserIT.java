package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.graph.SampleCorpus;
import org.newsgraph.store.GraphStore;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The viewer page in headless Chromium over a real server and TDB2 store: search, graph, details
 * with evidence, expansion, the SPARQL box. Leaves a screenshot in the build folder ({@code
 * viewer-test.png}).
 */
class ViewerBrowserIT {

  @TempDir static Path folder;

  private static GraphStore store;
  private static NewsgraphServer server;
  private static ChromeDriver driver;
  private static ViewerPage page;

  @BeforeAll
  static void start() throws Exception {
    store = SampleStore.create(folder.resolve("store"));
    server = NewsgraphServer.start(store, ServeSettings.defaults().withPort(0));
    driver = HeadlessChromium.start(folder, 1400, 1000);
    page = new ViewerPage(driver);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (store != null) {
      store.close();
    }
  }

  @BeforeEach
  void openPage() {
    page.open(server.baseUri());
  }

  @AfterEach
  void pageReportedNoErrors() {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
            // the invalid-query test expects the endpoint's 400, which Chromium also logs
            .filter(
                entry -> !entry.getMessage().contains("the server responded with a status of 400"))
            .toList();
    assertEquals(
        List.of(),
        severe.stream().map(LogEntry::getMessage).toList(),
        "errors in the browser console");
  }

  @Test
  void searchingAnAliasShowsTheEntityAndItsNeighbours() throws Exception {
    List<WebElement> results = page.search("KELLER");
    assertEquals(1, results.size());
    assertTrue(results.get(0).getText().startsWith("Maria Keller"), results.get(0).getText());
    results.get(0).click();

    assertEquals(List.of("Maria Keller", "Northern Alliance", "Norway"), page.waitForNodes(3));
    assertEquals(List.of("citizenship", "employer"), page.labels("edges"));
    String details = page.waitForDetails("secretary general");
    assertTrue(details.contains("Also called") && details.contains("Keller"), details);
    page.screenshot(buildFolder().resolve("viewer-test.png"));
  }

  @Test
  void clickingAnEdgeShowsTheSentencesBehindTheFact() {
    page.search("maria").get(0).click();
    page.waitForNodes(3);
    page.click(page.edgeId("Maria Keller", "employer"));

    String details = page.waitForDetails(SampleCorpus.Wire.KELLER_SENTENCE);
    assertTrue(details.contains("Maria Keller works for the Northern Alliance."), details);
    assertTrue(details.contains("Alliance names new chief"), "the source document: " + details);
    assertTrue(details.contains(SampleCorpus.Wire.DOC_ALLIANCE), details);
    assertTrue(details.contains("Asserted") && details.contains("confidence 0.9"), details);
  }

  @Test
  void clickingANodeShowsItsFactsAndDoubleClickingAddsItsNeighbours() {
    page.search("keller").get(0).click();
    page.waitForNodes(3);
    String norway = page.nodeId("Norway");

    page.click(norway);
    String details = page.waitForDetails("Keller, a citizen of Norway, met Tom Berg on Monday.");
    assertTrue(details.startsWith("Norway"), details);
    assertTrue(details.contains("https://en.wikipedia.org/wiki/Norway"), details);

    page.doubleClick(norway);
    assertEquals(
        List.of("Maria Keller", "Northern Alliance", "Norway", "Oslo"), page.waitForNodes(4));
    assertEquals(3, page.edgeCount());
  }

  @Test
  void aSearchWithoutMatchesSaysSo() {
    assertEquals(List.of(), page.search("zzz-nobody"));
    assertEquals(0, page.nodeCount());
  }

  @Test
  void theSparqlBoxShowsResultsAsATable() {
    List<String> rows =
        page.runSparql(
            "PREFIX ng: <https://w3id.org/newsgraph/ontology#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + "SELECT ?name WHERE { ?p a ng:Person ; rdfs:label ?name } ORDER BY ?name");
    assertEquals(List.of("Maria Keller", "Tom Berg"), rows);
    assertTrue(page.sparqlStatus().startsWith("2 rows"), page.sparqlStatus());
  }

  @Test
  void anInvalidQueryShowsTheParserMessage() {
    assertEquals(List.of(), page.runSparql("SELECT ?x WHERE { ?x"));
    assertTrue(page.sparqlStatus().contains("HTTP 400"), page.sparqlStatus());
    assertTrue(
        page.sparqlStatus().toLowerCase(Locale.ROOT).contains("line 1"), page.sparqlStatus());
  }

  private static Path buildFolder() throws Exception {
    Path testClasses =
        Path.of(ViewerBrowserIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return testClasses.getParent();
  }
}

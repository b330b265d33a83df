package org.newsgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The viewer page as a user works it: typing, clicking graph elements with the mouse at their place
 * on the canvas, reading the details panel and the SPARQL table.
 */
final class ViewerPage {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private final WebDriver driver;

  ViewerPage(WebDriver driver) {
    this.driver = driver;
  }

  void open(URI base) {
    driver.get(base.toString());
    waitUntil(
        d -> Boolean.TRUE.equals(script("return typeof window.cy === 'object';")) && settled());
  }

  /** Types a name into the search box and submits; returns the result items. */
  List<WebElement> search(String text) {
    WebElement input = driver.findElement(By.id("search-input"));
    input.clear();
    input.sendKeys(text);
    driver.findElement(By.id("search-button")).click();
    waitUntil(
        d ->
            settled()
                && (!d.findElements(By.cssSelector("#search-results li")).isEmpty()
                    || d.findElement(By.id("search-status")).getText().startsWith("No entity")));
    return driver.findElements(By.cssSelector("#search-results li"));
  }

  /**
   * Waits until the page has settled (no query running) with exactly {@code count} nodes in the
   * graph, and returns their labels, sorted.
   */
  List<String> waitForNodes(int count) {
    waitUntil(d -> settled() && nodeCount() == count);
    return labels("nodes");
  }

  /** Waits until the page has settled with at least one node in the graph; returns the count. */
  long waitForGraph() {
    waitUntil(d -> settled() && nodeCount() > 0);
    return nodeCount();
  }

  /** Whether the page has no query or rendering still running (the page's own count). */
  boolean settled() {
    return "0".equals(script("return document.body.dataset.pending;"));
  }

  long nodeCount() {
    return ((Number) script("return cy.nodes().length;")).longValue();
  }

  long edgeCount() {
    return ((Number) script("return cy.edges().length;")).longValue();
  }

  /** The labels of the graph's nodes or edges, sorted. */
  @SuppressWarnings("unchecked")
  List<String> labels(String nodesOrEdges) {
    return (List<String>)
        script("return cy." + nodesOrEdges + "().map(e => e.data('label')).sort();");
  }

  /** The id of the first edge with this label that touches the node with this label. */
  String edgeId(String nodeLabel, String relation) {
    return (String)
        script(
            "return cy.edges().filter(e => e.data('label') === arguments[1]"
                + " && (e.source().data('label') === arguments[0]"
                + " || e.target().data('label') === arguments[0])).map(e => e.id())[0] || null;",
            nodeLabel,
            relation);
  }

  /** The id of the first edge with this label that touches the node with this id, or null. */
  String edgeIdOfNode(String nodeId, String relation) {
    return (String)
        script(
            "return cy.getElementById(arguments[0]).connectedEdges()"
                + ".filter(e => e.data('label') === arguments[1]).map(e => e.id())[0] || null;",
            nodeId,
            relation);
  }

  /** The id of the node with this label. */
  String nodeId(String label) {
    return (String)
        script(
            "return cy.nodes().filter(n => n.data('label') === arguments[0]).map(n => n.id())[0]"
                + " || null;",
            label);
  }

  /** Clicks a node or an edge with the mouse where it is drawn. */
  void click(String elementId) {
    mouseAt(elementId).click().perform();
  }

  /** Double-clicks a node where it is drawn. */
  void doubleClick(String elementId) {
    mouseAt(elementId).doubleClick().perform();
  }

  private Actions mouseAt(String elementId) {
    waitUntil(
        d ->
            Boolean.TRUE.equals(
                script("return !cy.getElementById(arguments[0]).empty();", elementId)));
    WebElement canvas = driver.findElement(By.id("cy"));
    script("arguments[0].scrollIntoView({block: 'center'});", canvas);
    @SuppressWarnings("unchecked")
    List<Number> place =
        (List<Number>)
            script(
                "const e = cy.getElementById(arguments[0]);"
                    + " const p = e.isNode() ? e.renderedPosition() : e.renderedMidpoint();"
                    + " const r = cy.container().getBoundingClientRect();"
                    + " return [p.x, p.y, r.width, r.height];",
                elementId);
    int x = (int) Math.round(place.get(0).doubleValue() - place.get(2).doubleValue() / 2);
    int y = (int) Math.round(place.get(1).doubleValue() - place.get(3).doubleValue() / 2);
    return new Actions(driver).moveToElement(canvas, x, y);
  }

  /** Waits until the details panel shows {@code text} and returns all of the panel's text. */
  String waitForDetails(String text) {
    waitUntil(d -> settled() && d.findElement(By.id("details")).getText().contains(text));
    return driver.findElement(By.id("details")).getText();
  }

  /** Runs a query in the SPARQL box and returns the rows of the result table, cells tab-joined. */
  List<String> runSparql(String query) {
    WebElement box = driver.findElement(By.id("sparql-input"));
    script("arguments[0].value = arguments[1];", box, query);
    driver.findElement(By.id("sparql-run")).click();
    waitUntil(
        d ->
            settled()
                && (d.findElement(By.id("sparql-status")).getText().contains("rows")
                    || d.findElement(By.id("sparql-status"))
                        .getAttribute("class")
                        .contains("error")));
    return driver.findElements(By.cssSelector("#sparql-results tbody tr")).stream()
        .map(
            row ->
                String.join(
                    "\t",
                    row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()))
        .toList();
  }

  String sparqlStatus() {
    return driver.findElement(By.id("sparql-status")).getText();
  }

  /** Saves a PNG screenshot of the window. */
  void screenshot(Path target) throws IOException {
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.createDirectories(target.toAbsolutePath().getParent());
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private Object script(String code, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(code, arguments);
  }

  private void waitUntil(Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, WAIT).until(condition::apply);
  }
}

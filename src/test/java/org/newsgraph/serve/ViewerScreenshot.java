package org.newsgraph.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.store.GraphStore;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes the viewer screenshot for the documentation from a real store: serves it, searches an
 * entity, opens the first match, clicks one of its facts so that the evidence shows, and saves the
 * window as a PNG. Run (after {@code newsgraph build}):
 *
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.newsgraph.serve.ViewerScreenshot \
 *   -Dexec.args="STORE SEARCH RELATION docs/viewer.png"
 * </pre>
 */
public final class ViewerScreenshot {

  private ViewerScreenshot() {}

  /**
   * Arguments: the store folder, the text to search, the relation of the edge to click (e.g. {@code
   * employer}), the PNG to write.
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: ViewerScreenshot STORE SEARCH RELATION OUTPUT.png");
      System.exit(2);
    }
    Path output = Path.of(args[3]);
    Path profiles = Files.createTempDirectory("viewer-screenshot");
    try (GraphStore store = GraphStore.openExisting(Path.of(args[0]));
        NewsgraphServer server =
            NewsgraphServer.start(store, ServeSettings.defaults().withPort(0))) {
      ChromeDriver driver = HeadlessChromium.start(profiles, 1400, 900);
      try {
        ViewerPage page = new ViewerPage(driver);
        page.open(server.baseUri());
        List<WebElement> results = page.search(args[1]);
        if (results.isEmpty()) {
          throw new IllegalArgumentException("No entity matches '" + args[1] + "'");
        }
        String entity = results.get(0).getAttribute("data-iri");
        results.get(0).click();
        page.waitForGraph();
        String edge = page.edgeIdOfNode(entity, args[2]);
        if (edge != null) {
          page.click(edge);
          page.waitForDetails("Evidence");
        }
        page.screenshot(output);
        System.err.println("Saved " + output.toAbsolutePath());
      } finally {
        driver.quit();
      }
    }
  }
}

package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The files of the viewer page, read from the classpath: the page's own files under {@code
 * /org/newsgraph/serve/} and Cytoscape.js from its WebJar. Maps URL paths to them; nothing outside
 * this fixed set is served.
 */
final class ViewerAssets {

  /** The URL path prefix of the viewer's files. */
  static final String PREFIX = "/viewer/";

  /** The URL path of Cytoscape.js. */
  static final String CYTOSCAPE_PATH = PREFIX + "lib/cytoscape.min.js";

  private static final String OWN_FILES = "/org/newsgraph/serve/";
  private static final String WEBJAR_POM =
      "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
  private static final String WEBJAR_ROOT = "/META-INF/resources/webjars/cytoscape/";

  private static final Map<String, String> OWN_FILE_TYPES =
      Map.of(
          "index.html", "text/html; charset=utf-8",
          "viewer.js", "text/javascript; charset=utf-8",
          "viewer.css", "text/css; charset=utf-8");

  /** A file to send: its classpath location and content type. */
  record Asset(URL location, String contentType) {}

  private final Map<String, Asset> byPath;

  private ViewerAssets(Map<String, Asset> byPath) {
    this.byPath = byPath;
  }

  /**
   * Finds the viewer's files on the classpath.
   *
   * @throws IllegalStateException when one is missing (a broken build)
   */
  static ViewerAssets load() {
    return new ViewerAssets(
        Map.of(
            "/",
            own("index.html"),
            "/index.html",
            own("index.html"),
            PREFIX + "viewer.js",
            own("viewer.js"),
            PREFIX + "viewer.css",
            own("viewer.css"),
            CYTOSCAPE_PATH,
            new Asset(
                resource(WEBJAR_ROOT + cytoscapeVersion() + "/dist/cytoscape.min.js"),
                "text/javascript; charset=utf-8")));
  }

  /** The file for a request path, if the viewer has one there. */
  Optional<Asset> find(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  private static Asset own(String name) {
    return new Asset(resource(OWN_FILES + name), OWN_FILE_TYPES.get(name));
  }

  private static String cytoscapeVersion() {
    Properties pom = new Properties();
    try (InputStream in = resource(WEBJAR_POM).openStream()) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + WEBJAR_POM, e);
    }
    return pom.getProperty("version");
  }

  private static URL resource(String path) {
    URL url = ViewerAssets.class.getResource(path);
    if (url == null) {
      throw new IllegalStateException(
          "The viewer file " + path + " is missing from the classpath: rebuild newsgraph");
    }
    return url;
  }
}

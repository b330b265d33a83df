package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.util.Objects;

/**
 * A {@link WikiDictionary} read from a classpath resource. Its identity is the resource name, the
 * file name of the jar holding it (which carries the release), and the entry's size and date.
 */
final class ClasspathWikiDictionary implements WikiDictionary {

  private final String resource;
  private final ClassLoader loader;

  ClasspathWikiDictionary(String resource, ClassLoader loader) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  @Override
  public String identity() {
    URL url = url();
    try {
      URLConnection connection = url.openConnection();
      return "classpath:"
          + resource
          + ";container="
          + containerName(url)
          + ";size="
          + connection.getContentLengthLong()
          + ";modified="
          + connection.getLastModified();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the Wikipedia dictionary " + url, e);
    }
  }

  @Override
  public InputStream open() throws IOException {
    return url().openStream();
  }

  private URL url() {
    URL url = loader.getResource(resource);
    if (url == null) {
      throw new IllegalStateException(
          "The Wikipedia dictionary "
              + resource
              + " is not on the classpath: it ships in the jar"
              + " edu.stanford.nlp:stanford-corenlp:models-english-kbp;"
              + " add that jar, or turn Wikipedia linking off.");
    }
    return url;
  }

  /** The jar file name for a {@code jar:} URL (it names the release), else "". */
  private static String containerName(URL url) {
    String text = url.toString();
    int bang = text.indexOf("!/");
    if (!text.startsWith("jar:") || bang < 0) {
      return "";
    }
    String jar = text.substring(0, bang);
    return jar.substring(jar.lastIndexOf('/') + 1);
  }

  @Override
  public String toString() {
    return "classpath:" + resource;
  }
}

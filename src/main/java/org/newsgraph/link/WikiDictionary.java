package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where {@link WikipediaLinker} reads its surface-form dictionary: gzip-compressed UTF-8 text, one
 * {@code surface<TAB>Article_title<TAB>probability} per line, where the probability is P(article |
 * surface). The default is CoreNLP's {@code wikidict.tab.gz} ({@link #bundled()}).
 */
public interface WikiDictionary {

  /** Classpath name of the dictionary in CoreNLP's {@code models-english-kbp} jar. */
  String BUNDLED_RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";

  /**
   * A short text that changes whenever the dictionary's content may have changed (name, size, date,
   * release); link caches are keyed by it.
   */
  String identity();

  /**
   * Opens the dictionary's gzip-compressed bytes; the caller closes the stream.
   *
   * @throws IOException when it cannot be opened
   */
  InputStream open() throws IOException;

  /**
   * Whether the titles are Wikipedia's titles of today (a knowledge base made from a recent dump):
   * then a name that leads to an article titled otherwise is a redirect of today, and the linker
   * does not take the name for a newer title ({@link RenamedBodies}). False for CoreNLP's 2016
   * dictionary.
   */
  default boolean currentTitles() {
    return false;
  }

  /** The same dictionary, whose titles are Wikipedia's titles of today ({@link #currentTitles}). */
  static WikiDictionary withCurrentTitles(WikiDictionary dictionary) {
    return new WikiDictionary() {
      @Override
      public String identity() {
        return dictionary.identity();
      }

      @Override
      public InputStream open() throws IOException {
        return dictionary.open();
      }

      @Override
      public boolean currentTitles() {
        return true;
      }

      @Override
      public String toString() {
        return dictionary.toString();
      }
    };
  }

  /** CoreNLP's Wikipedia dictionary from the {@code models-english-kbp} jar on the classpath. */
  static WikiDictionary bundled() {
    return fromClasspath(BUNDLED_RESOURCE);
  }

  /**
   * A dictionary in a gzip-compressed file.
   *
   * @param file the file
   * @param identity a text that changes whenever the file's content does (the link cache and the
   *     index are keyed by it)
   */
  static WikiDictionary fromFile(Path file, String identity) {
    return new FileWikiDictionary(file, identity);
  }

  /** A dictionary stored as a classpath resource (gzip-compressed, format above). */
  static WikiDictionary fromClasspath(String resource) {
    return new ClasspathWikiDictionary(resource, WikiDictionary.class.getClassLoader());
  }
}

package org.newsgraph.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.link.WikiDictionaryIndex;

/**
 * Installs the Wikipedia dictionary index next to the code: {@code java ... InstallDictionaryIndex
 * FOLDER}, run by the Maven build (phase {@code package}) with the build folder. Does nothing when
 * a usable index is there already; otherwise streams CoreNLP's dictionary once (about 30 s) and
 * writes the index (about 260 MB). Messages go to stderr. When the index cannot be written, a
 * warning says so and the Maven build goes on: linking then streams the dictionary (slower).
 */
public final class InstallDictionaryIndex {

  private InstallDictionaryIndex() {}

  /**
   * Installs the index.
   *
   * @param args one argument: the folder to install it in
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: InstallDictionaryIndex FOLDER");
    }
    WikiDictionaryIndex index = new WikiDictionaryIndex(Path.of(args[0]));
    Optional<String> problem = index.whyUnusable();
    if (problem.isEmpty()) {
      return;
    }
    System.err.println(
        "newsgraph: indexing the Wikipedia dictionary for fast linking, once ("
            + problem.get()
            + "; about 30 s)…");
    try {
      WikiDictionaryIndex.Built built = index.build();
      System.err.println(
          "newsgraph: indexed the Wikipedia dictionary in "
              + ProgressPrinter.duration(built.millis() * 1_000_000)
              + ": "
              + built.file());
    } catch (IOException | RuntimeException e) {
      System.err.println(
          "newsgraph: warning: could not index the Wikipedia dictionary ("
              + e.getMessage()
              + "); linking will stream the dictionary instead (slower)");
    }
  }
}

package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.link.WikiDictionaryIndex;

/**
 * Where the {@link WikiDictionaryIndex} that makes Wikipedia linking fast is looked for. The Maven
 * build installs one next to the code ({@code target/}{@value WikiDictionaryIndex#FOLDER}, by
 * {@link InstallDictionaryIndex}), used by every store; a store may also have its own in its cache
 * folder ({@code newsgraph serve --allow-ingest} builds one there when none is installed).
 */
final class DictionaryIndexHome {

  private DictionaryIndexHome() {}

  /**
   * The folder the index is installed in: the one holding the newsgraph jar (or the classes
   * folder), when the code comes from a file.
   */
  static Optional<Path> installed() {
    return CodeFingerprint.codeLocation().map(Path::getParent);
  }

  /**
   * The folder whose index a build of the store uses: the installed index when it is usable, else
   * the store's cache folder (whose index may or may not exist).
   */
  static Path forStore(Path storeCacheDir) {
    return installed()
        .filter(folder -> new WikiDictionaryIndex(folder).whyUnusable().isEmpty())
        .orElse(storeCacheDir);
  }
}

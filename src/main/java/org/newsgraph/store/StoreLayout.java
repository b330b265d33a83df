package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folders and files of a store ({@code tdb2/}, {@code cache/}, {@code build.json}) and the
 * check that a folder is one.
 */
final class StoreLayout {

  static final String DATABASE = "tdb2";
  static final String CACHE = "cache";
  static final String BUILD_FILE = "build.json";

  private static final Set<String> KNOWN_ENTRIES = Set.of(DATABASE, CACHE, BUILD_FILE);

  private final Path root;

  StoreLayout(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  Path database() {
    return root.resolve(DATABASE);
  }

  Path buildFile() {
    return root.resolve(BUILD_FILE);
  }

  /** Whether the folder holds a TDB2 database that has been created. */
  boolean hasDatabase() {
    return Files.isDirectory(database()) && !list(database()).isEmpty();
  }

  /**
   * Checks that the folder is a store, or empty, or absent.
   *
   * @throws NotAStoreException when it holds something else
   */
  void checkIsStoreOrEmpty() {
    if (!Files.exists(root)) {
      return;
    }
    if (!Files.isDirectory(root)) {
      throw new NotAStoreException(
          "'" + root + "' is a file, not a newsgraph store folder. Give --store a folder.");
    }
    Optional<Path> stranger =
        list(root).stream()
            .filter(p -> !p.getFileName().toString().startsWith("."))
            .filter(p -> !KNOWN_ENTRIES.contains(p.getFileName().toString()))
            .findFirst();
    if (stranger.isPresent()) {
      throw new NotAStoreException(
          "'"
              + root
              + "' is not a newsgraph store: it holds '"
              + stranger.get().getFileName()
              + "', which newsgraph did not create. Give --store a new or empty folder, or the"
              + " folder of an earlier build.");
    }
    checkDatabaseFolder();
  }

  private void checkDatabaseFolder() {
    Path db = database();
    if (Files.exists(db) && !Files.isDirectory(db)) {
      throw new NotAStoreException(
          "'"
              + db
              + "' should be the store's database folder but is a file. Give --store a new"
              + " or empty folder.");
    }
    if (Files.isDirectory(db)) {
      List<Path> entries = list(db);
      boolean looksLikeTdb2 =
          entries.stream().anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
      if (!entries.isEmpty() && !looksLikeTdb2) {
        throw new NotAStoreException(
            "'"
                + db
                + "' is not a TDB2 database (it has no Data-NNNN folder). Give --store a"
                + " new or empty folder, or remove '"
                + db
                + "'.");
      }
    }
  }

  private static List<Path> list(Path folder) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new StoreException("Cannot read the folder '" + folder + "': " + e.getMessage(), e);
    }
  }
}

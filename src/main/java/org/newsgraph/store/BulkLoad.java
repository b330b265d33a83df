package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Loads N-Quads files into a new version of a store's TDB2 database with Jena's parallel bulk
 * loader ({@code tdb2.tdbloader --loader=parallel}), the way TDB2's own compaction makes a new
 * version: a TDB2 database folder ({@code tdb2/}) holds its data in numbered folders ({@code
 * Data-0001}, {@code Data-0002}...) and TDB2 opens the highest. The files are loaded into {@code
 * Data-NNNN-tmp} (one number above the current version), which is renamed to {@code Data-NNNN} only
 * when the load is complete; that one rename switches the store. A failed load deletes the
 * temporary folder; a killed one leaves it, and TDB2 removes {@code Data-*-tmp} folders when it
 * next opens the database (as it does after an interrupted compaction). Either way the store's
 * contents stay those of the current version.
 */
final class BulkLoad {

  private static final Pattern VERSION = Pattern.compile("Data-(\\d+)");

  private final Path database;

  /**
   * @param database the store's TDB2 database folder ({@code tdb2/})
   */
  BulkLoad(Path database) {
    this.database = database;
  }

  /** The folder of the current version: the highest {@code Data-NNNN}, if any. */
  Optional<Path> current() {
    OptionalInt highest = versions().mapToInt(BulkLoad::number).max();
    return highest.isPresent() ? Optional.of(folder(highest.getAsInt())) : Optional.empty();
  }

  /**
   * Loads the files into {@code Data-NNNN-tmp}, NNNN one above the current version, with the
   * parallel loader in one bulk transaction, then releases it.
   *
   * @param files the N-Quads files
   * @param prefixes the prefixes the new version records
   * @return the loaded temporary folder, for {@link #switchTo}
   */
  Path loadNextVersion(List<Path> files, Map<String, String> prefixes) {
    int next = current().map(BulkLoad::number).orElse(0) + 1;
    Path target = folder(next);
    Path partial = target.resolveSibling(target.getFileName() + "-tmp");
    if (Files.exists(partial)) {
      IO.deleteAll(partial);
    }
    Location location = Location.create(partial);
    try {
      Files.createDirectories(partial);
      DatasetGraph loading = StoreConnection.connectCreate(location).getDatasetGraphTDB();
      DataLoader loader = LoaderFactory.parallelLoader(loading, (format, args) -> {});
      loader.startBulk();
      prefixes.forEach(loader.stream()::prefix);
      // on a parse error the loader ends its own transaction (DataLoader.load) and rethrows
      loader.load(files.stream().map(p -> p.toAbsolutePath().toString()).toList());
      loader.finishBulk();
    } catch (IOException e) {
      discard(location, partial);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      discard(location, partial);
      throw e;
    }
    StoreConnection.internalExpel(location, true);
    return partial;
  }

  /**
   * Makes a loaded folder the current version (one rename), then deletes the older versions (a
   * version that cannot be deleted is left: TDB2 opens the highest). The database must not be open.
   *
   * @param loaded the folder {@link #loadNextVersion} returned
   * @throws IOException when the rename fails; the current version is then unchanged
   */
  void switchTo(Path loaded) throws IOException {
    String name = loaded.getFileName().toString();
    Path version = loaded.resolveSibling(name.substring(0, name.length() - "-tmp".length()));
    Files.move(loaded, version, StandardCopyOption.ATOMIC_MOVE);
    int kept = number(version);
    for (Path old : versions().filter(p -> number(p) < kept).toList()) {
      try {
        IO.deleteAll(old);
      } catch (RuntimeException e) {
        // an older version left behind takes space but is never opened
      }
    }
  }

  /** Deletes a loaded folder that will not be used. */
  void discard(Path loaded) {
    discard(Location.create(loaded), loaded);
  }

  private static void discard(Location location, Path partial) {
    try {
      StoreConnection.internalExpel(location, true);
    } finally {
      if (Files.exists(partial)) {
        IO.deleteAll(partial);
      }
    }
  }

  private Stream<Path> versions() {
    if (!Files.isDirectory(database)) {
      return Stream.empty();
    }
    try (Stream<Path> entries = Files.list(database)) {
      return entries
          .filter(Files::isDirectory)
          .filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder(int number) {
    return database.resolve(String.format(Locale.ROOT, "Data-%04d", number));
  }

  private static int number(Path version) {
    Matcher matcher = VERSION.matcher(version.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a TDB2 data folder: " + version);
    }
    return Integer.parseInt(matcher.group(1));
  }
}

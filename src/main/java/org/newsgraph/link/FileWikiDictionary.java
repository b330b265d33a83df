package org.newsgraph.link;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A {@link WikiDictionary} in a file, such as the one {@code newsgraph kb index} writes. Its
 * identity is given by its maker (the knowledge base's build id), not taken from the path, so that
 * the file may be moved without making its index and link caches stale.
 */
final class FileWikiDictionary implements WikiDictionary {

  private final Path file;
  private final String identity;

  FileWikiDictionary(Path file, String identity) {
    this.file = Objects.requireNonNull(file, "file");
    this.identity = Objects.requireNonNull(identity, "identity");
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(file);
  }

  @Override
  public String toString() {
    return file.toString();
  }
}

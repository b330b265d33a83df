package org.newsgraph.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads the extract stage's rule files from the classpath: non-blank lines without comments. */
final class ResourceLines {

  private static final String FOLDER = "/org/newsgraph/extract/";

  private ResourceLines() {}

  /** The file's lines that are neither blank nor '#' comments. */
  static List<String> read(String fileName) {
    String resource = FOLDER + fileName;
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "The rule file " + resource + " is missing from the classpath; rebuild the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the rule file " + resource, e);
    }
  }
}

package org.newsgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the linker's rule files from the classpath: UTF-8, '#' comments, blank lines skipped. */
final class RuleFiles {

  private RuleFiles() {}

  /** The non-blank lines of a classpath resource with comments removed and spaces trimmed. */
  static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    for (String raw : rawLines(resource)) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Every line of a classpath resource as it is. */
  static List<String> rawLines(String resource) {
    InputStream in = RuleFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "The rule file " + resource + " is missing from the classpath; the build is incomplete.");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the rule file " + resource, e);
    }
  }
}

package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the rule files and word lists of every stage from the classpath, with one syntax: UTF-8,
 * one entry a line, blank lines skipped, and a line whose first non-blank character is {@code #} a
 * comment. A {@code #} later in a line is data (there are no end-of-line comments), and lines are
 * returned as written, so tab-separated columns keep their empty cells.
 */
public final class RuleFile {

  private RuleFile() {}

  /**
   * The entries of a classpath resource: its lines that are neither blank nor comments.
   *
   * @param resource the resource path, e.g. {@code org/newsgraph/extract/descriptions.txt} (a
   *     leading {@code /} is allowed; a name ending in {@code .gz} is read through gzip)
   * @throws IllegalStateException when the resource is not on the classpath
   */
  public static List<String> lines(String resource) {
    return rawLines(resource).stream().filter(RuleFile::isEntry).toList();
  }

  /** Every line of a classpath resource as it is, comments included. */
  public static List<String> rawLines(String resource) {
    String path = resource.startsWith("/") ? resource.substring(1) : resource;
    try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException(
            "The rule file "
                + path
                + " is missing from the classpath; rebuild the jar (mvn -B package), and for"
                + " CoreNLP's own tables check that the stanford-corenlp models jar is present");
      }
      InputStream content = path.endsWith(".gz") ? new GZIPInputStream(in) : in;
      return new String(content.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the rule file " + path, e);
    }
  }

  /** Whether a line holds an entry: neither blank nor a comment. */
  static boolean isEntry(String line) {
    String content = line.stripLeading();
    return !content.isEmpty() && content.charAt(0) != '#';
  }
}

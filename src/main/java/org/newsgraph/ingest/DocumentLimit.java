package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest document a build accepts, in UTF-8 bytes of its cleaned text (what CoreNLP reads).
 *
 * <p>CoreNLP holds a whole document's annotations in memory: a 1 MB article takes minutes and a few
 * GB of heap, and a 3 MB one exhausted a 6 GB heap. A larger document is refused up front with a
 * message that names it, its size, the limit and the option that changes it, instead of failing
 * after minutes without a word.
 *
 * @param maxBytes the largest accepted text, in bytes, at least 1
 */
public record DocumentLimit(long maxBytes) implements Serializable {

  /** The default: 1 MB, far above a news article (typically 3-30 KB). */
  public static final DocumentLimit DEFAULT = new DocumentLimit(1024 * 1024);

  private static final Pattern SIZE = Pattern.compile("(\\d{1,12})([kmg]?)b?");

  /** Checks the limit. */
  public DocumentLimit {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("the document size limit must be at least 1 byte");
    }
  }

  /**
   * Reads a size as the user writes it: bytes ({@code 200000}) or with a unit {@code k}, {@code m}
   * or {@code g} (powers of 1024; case and a trailing {@code b} ignored: {@code 4m}, {@code
   * 512KB}).
   *
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  public static DocumentLimit parse(String text) {
    Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a size; write bytes or a number with k, m or g, as 4m or 512k");
    }
    long unit =
        switch (m.group(2)) {
          case "k" -> 1024L;
          case "m" -> 1024L * 1024;
          case "g" -> 1024L * 1024 * 1024;
          default -> 1L;
        };
    return new DocumentLimit(Long.parseLong(m.group(1)) * unit);
  }

  /** Whether a text of this many bytes is accepted. */
  boolean accepts(long bytes) {
    return bytes <= maxBytes;
  }

  /** The size in the user's terms: {@code 3.1 MB}, {@code 512 KB}, {@code 900 bytes}. */
  static String describe(long bytes) {
    if (bytes >= 1024L * 1024) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
    if (bytes >= 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return bytes + " bytes";
  }

  /** Why a text of this many bytes is refused, and what to do. */
  String refusal(long bytes) {
    return "its text is "
        + describe(bytes)
        + ", above the "
        + describe(maxBytes)
        + " limit for one document; split it into its articles, or raise the limit with"
        + " --max-document-size (CoreNLP needs about 2 GB of heap per MB of text: set"
        + " NEWSGRAPH_HEAP to match)";
  }
}

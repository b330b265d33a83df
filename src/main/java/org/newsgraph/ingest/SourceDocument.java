package org.newsgraph.ingest;

import java.io.Serializable;
import java.util.Objects;

/**
 * One input document after reading and cleaning: the unit every later stage works on.
 *
 * @param id stable document id, the path relative to the input root with {@code /} separators
 * @param source the path the text was read from, as the user gave it (for messages and metadata)
 * @param title the first non-empty line of the text
 * @param text the cleaned UTF-8 text; all character offsets downstream index into this string
 * @param contentHash lower-case hex SHA-256 of {@code text}
 */
public record SourceDocument(
    String id, String source, String title, String text, String contentHash)
    implements Serializable {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}

package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file newsgraph reads, recognised by file name extension (any case). */
enum InputFormat {
  TEXT,
  MARKDOWN,
  HTML;

  /** The supported extensions, for messages. */
  static final String SUPPORTED = ".txt, .md, .html or .htm";

  /** The format of a file, or empty when its extension is not supported. */
  static Optional<InputFormat> of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (lower.endsWith(".md")) {
      return Optional.of(MARKDOWN);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  /** The decoded file content as plain text, before cleaning. */
  String toPlainText(String content) {
    return switch (this) {
      case TEXT -> content;
      case MARKDOWN -> MarkdownText.toText(content);
      case HTML -> HtmlText.toText(content);
    };
  }
}

package org.newsgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown file with its heading markup removed: an ATX heading ({@code ## Title})
 * becomes its plain text followed by a blank line (so that it is never joined to the paragraph
 * after it), and setext underlines and horizontal rules ({@code ===}, {@code ---}, {@code ***}) are
 * dropped. Other Markdown is left as it is.
 */
final class MarkdownText {

  private static final Pattern ATX_HEADING =
      Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$", Pattern.MULTILINE);
  private static final Pattern RULE_LINE =
      Pattern.compile(
          "^ {0,3}(?:=+|(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$", Pattern.MULTILINE);

  private MarkdownText() {}

  /** The text without heading markers and rule lines. */
  static String toText(String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    text = RULE_LINE.matcher(text).replaceAll("");
    return ATX_HEADING.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\n"));
  }
}

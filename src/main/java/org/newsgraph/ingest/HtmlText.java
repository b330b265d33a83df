package org.newsgraph.ingest;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML page: every block element ({@code p}, {@code h1}, {@code li}, {@code
 * div}, ...) becomes a paragraph of its own, set off by blank lines, and every {@code br} starts a
 * new line; elements that are not article text (scripts, styles, navigation, asides, footers,
 * forms, the head) are dropped. Whitespace inside a line is left for {@link TextCleaner} to tidy.
 */
final class HtmlText {

  /** Elements whose content is never article text. */
  private static final String NOT_TEXT =
      "head, script, style, noscript, template, nav, aside, footer, form, button, svg, iframe,"
          + " object, canvas";

  private HtmlText() {}

  /** Extracts the text of an HTML document or fragment. */
  static String toText(String html) {
    Document document = Jsoup.parse(html);
    document.select(NOT_TEXT).remove();
    LineCollector collector = new LineCollector();
    NodeTraversor.traverse(collector, document.body());
    return collector.text.toString();
  }

  /**
   * Appends text nodes; a block element is set off by blank lines (so that it is never joined to
   * its neighbours as a hard-wrapped line), a {@code br} ends the line.
   */
  private static final class LineCollector implements NodeVisitor {
    private final StringBuilder text = new StringBuilder();

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode textNode) {
        text.append(textNode.text());
      } else if (node instanceof Element element) {
        if (isLineBreak(element)) {
          text.append('\n');
        } else if (element.isBlock()) {
          endParagraph();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element && !isLineBreak(element) && element.isBlock()) {
        endParagraph();
      }
    }

    private static boolean isLineBreak(Element element) {
      return "br".equals(element.normalName());
    }

    private void endParagraph() {
      int length = text.length();
      boolean endsWithNewline = length > 0 && text.charAt(length - 1) == '\n';
      boolean endsWithBlankLine = endsWithNewline && length > 1 && text.charAt(length - 2) == '\n';
      if (length > 0 && !endsWithBlankLine) {
        text.append(endsWithNewline ? "\n" : "\n\n");
      }
    }
  }
}

package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Token;

/**
 * The title string of a title fact: the title's words in lower case, single-spaced, without a
 * leading article or "then-"/"former". A capitalised word glued to an acronym just before the title
 * ("UNSecretary General", a missing space) is taken back into the title.
 */
final class TitleText {

  private static final Pattern GLUED = Pattern.compile("\\p{Lu}{2,}(\\p{Lu}\\p{Ll}+)");
  private static final Pattern LEADING = Pattern.compile("^(the|a|an|then|former|then-)\\s+");

  private TitleText() {}

  /**
   * The title string.
   *
   * @param text the title span's text
   * @param before the token just before the span in the sentence, or null
   * @param documentText the document text (for the token's original text)
   */
  static String of(String text, Token before, String documentText) {
    String title = text;
    if (before != null) {
      String previous = documentText.substring(before.begin(), before.end());
      Matcher glued = GLUED.matcher(previous);
      if (glued.matches()) {
        title = glued.group(1) + " " + title;
      }
    }
    title = title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    String previous;
    do {
      previous = title;
      title = LEADING.matcher(title).replaceFirst("");
    } while (!title.equals(previous));
    return title;
  }
}

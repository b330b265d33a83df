package org.newsgraph.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Splits names and article titles into comparable words: no accents, lower case, letters and
 * digits.
 */
final class NameTokens {

  private NameTokens() {}

  /** The words of a name or title ({@code _} counts as a space). */
  static List<String> of(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Whether {@code shorter}'s words appear, in order and together, among {@code longer}'s, and
   * {@code longer} has more words ("Defence Force" in "Coastal Defence Force").
   */
  static boolean containsWords(String longer, String shorter) {
    List<String> outer = of(longer);
    List<String> inner = of(shorter);
    return !inner.isEmpty()
        && outer.size() > inner.size()
        && Collections.indexOfSubList(outer, inner) >= 0;
  }

  /**
   * The title without a trailing parenthesised qualifier: "Chris_Evans_(actor)" gives
   * "Chris_Evans".
   */
  static String mainPart(String title) {
    String t = title.strip();
    if (t.endsWith(")")) {
      int open = t.lastIndexOf('(');
      if (open > 0) {
        return t.substring(0, open).replaceAll("[_\\s]+$", "");
      }
    }
    return t;
  }

  /** The parenthesised qualifier of a title in lower case with spaces, or "" when it has none. */
  static String qualifier(String title) {
    String t = title.strip();
    int open = t.lastIndexOf('(');
    if (!t.endsWith(")") || open <= 0) {
      return "";
    }
    return t.substring(open + 1, t.length() - 1).replace('_', ' ').strip().toLowerCase(Locale.ROOT);
  }
}

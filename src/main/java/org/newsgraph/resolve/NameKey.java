package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;

/**
 * Normal forms of names (public for the extract stage), used to decide that two surface forms name
 * the same thing: accents, case, dots, apostrophes and punctuation are ignored, a leading "the" is
 * dropped and British spellings become American ones ("Ministry of Defence" = "Ministry of
 * Defense").
 */
public final class NameKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.'’‘`´]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Map<String, String> SPELLINGS =
      Map.of(
          "defence", "defense",
          "organisation", "organization",
          "centre", "center",
          "programme", "program",
          "labour", "labor",
          "offence", "offense");

  private NameKey() {}

  /** The normal form of a name, e.g. {@code "The U.S."} gives {@code "us"}. */
  public static String of(String name) {
    String text = Normalizer.normalize(name, Normalizer.Form.NFKD);
    text = MARKS.matcher(text).replaceAll("");
    text = text.toLowerCase(Locale.ROOT).replace("&", " and ");
    text = DROPPED.matcher(text).replaceAll("");
    text = SEPARATORS.matcher(text).replaceAll(" ").strip();
    if (text.startsWith("the ")) {
      text = text.substring(4);
    }
    StringBuilder out = new StringBuilder();
    for (String word : text.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(SPELLINGS.getOrDefault(word, word));
    }
    return out.toString();
  }

  /** The normal form with a plural last word made singular ("self defense forces"). */
  static String singular(String key) {
    int space = key.lastIndexOf(' ');
    String last = key.substring(space + 1);
    if (last.length() > 3 && last.endsWith("s") && !last.endsWith("ss")) {
      return key.substring(0, space + 1) + last.substring(0, last.length() - 1);
    }
    return key;
  }

  /** The normal form of a name with its last word made singular. */
  public static String singularOf(String name) {
    return singular(of(name));
  }

  /**
   * A URL- and IRI-safe slug of a label: lower-case ASCII letters and digits joined by '-', with
   * accents and strokes removed ("Władysław Łódź" gives "wladyslaw-lodz").
   */
  static String slug(String label) {
    String text = StringUtils.stripAccents(Normalizer.normalize(label, Normalizer.Form.NFKD));
    text = MARKS.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
    text = DROPPED.matcher(text).replaceAll("");
    text = text.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return text.isEmpty() ? "entity" : text;
  }
}

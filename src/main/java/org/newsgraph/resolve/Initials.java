package org.newsgraph.resolve;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Acronyms and the initials of long names: "North Atlantic Treaty Organization" gives {@code
 * NATO}, "Group of Seven" gives {@code G7} (number words become digits), "Self-Defense Forces"
 * gives {@code SDF}; function words ("of", "and", "the", ...) are skipped.
 */
final class Initials {

  /** Lower-case words skipped when taking initials and allowed inside long names. */
  static final Set<String> FUNCTION_WORDS =
      Set.of("of", "and", "for", "the", "on", "in", "to", "de", "du", "des", "la", "le", "et", "&");

  private static final Map<String, String> NUMBERS =
      Map.ofEntries(
          Map.entry("one", "1"),
          Map.entry("two", "2"),
          Map.entry("three", "3"),
          Map.entry("four", "4"),
          Map.entry("five", "5"),
          Map.entry("six", "6"),
          Map.entry("seven", "7"),
          Map.entry("eight", "8"),
          Map.entry("nine", "9"),
          Map.entry("ten", "10"),
          Map.entry("twenty", "20"));

  private Initials() {}

  /** The initials of a name, upper case; empty when a word has no letter or digit. */
  static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s\\-‐–]+")) {
      String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (lower.isEmpty() || FUNCTION_WORDS.contains(lower)) {
        continue;
      }
      String number = NUMBERS.get(lower);
      if (number != null) {
        out.append(number);
      } else if (Character.isDigit(lower.charAt(0))) {
        out.append(lower);
      } else {
        out.append(Character.toUpperCase(lower.charAt(0)));
      }
    }
    return out.toString();
  }

  /**
   * Whether a surface form looks like an acronym: 2 to 8 letters, digits and dots, letters all
   * upper case, at least two letters or a letter and a digit ("NATO", "U.S.", "G7", "IP4").
   */
  static boolean isAcronym(String text) {
    if (text.length() < 2 || text.length() > 10 || !text.matches("[\\p{Lu}\\p{N}.]+")) {
      return false;
    }
    String letters = letters(text);
    long upper = letters.chars().filter(Character::isUpperCase).count();
    return letters.length() >= 2 && letters.length() <= 8 && upper >= 1
        && (upper >= 2 || letters.chars().anyMatch(Character::isDigit));
  }

  /** An acronym without its dots, e.g. {@code U.S.} gives {@code US}. */
  static String letters(String acronym) {
    return acronym.replace(".", "").toUpperCase(Locale.ROOT);
  }
}

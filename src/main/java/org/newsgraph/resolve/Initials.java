package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Acronyms and the initials of long names: "World Health Organization" gives {@code WHO}, "Group of
 * Twenty" gives {@code G20} (number words become digits), "Rapid-Reaction Force" gives {@code RRF};
 * function words ("of", "and", "the", ...) are skipped.
 */
public final class Initials {

  /** Lower-case words skipped when taking initials and allowed inside long names. */
  static final Set<String> FUNCTION_WORDS =
      Set.of("of", "and", "for", "the", "on", "in", "to", "de", "du", "des", "la", "le", "et", "&");

  /** How many letters after its first a word may give to an acronym. */
  private static final int MAX_MORE_LETTERS = 2;

  private static final NumberWords NUMBERS = new NumberWords();

  private Initials() {}

  /** The initials of a name, upper case; empty when a word has no letter or digit. */
  static String of(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("[\\s\\-‐–]+")) {
      String lower = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (lower.isEmpty() || FUNCTION_WORDS.contains(lower)) {
        continue;
      }
      String number = NUMBERS.digits(lower);
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
   * upper case, at least two letters or a letter and a digit ("WHO", "U.S.", "G20", "F1").
   */
  public static boolean isAcronym(String text) {
    if (text.length() < 2 || text.length() > 10 || !text.matches("[\\p{Lu}\\p{N}.]+")) {
      return false;
    }
    String letters = letters(text);
    long upper = letters.chars().filter(Character::isUpperCase).count();
    return letters.length() >= 2
        && letters.length() <= 8
        && upper >= 1
        && (upper >= 2 || letters.chars().anyMatch(Character::isDigit));
  }

  /**
   * Whether an acronym abbreviates a name: every word of the name but function words gives, in
   * order, its first letter (or its digits, for a number word) and may give a few more of its
   * letters ("Association of Southeast Asian Nations" spells {@code ASEAN}); function words may
   * give their first letter or nothing.
   */
  static boolean abbreviates(String acronym, String name) {
    List<String> words = new ArrayList<>();
    for (String word : name.split("[\\s\\-‐–]+")) {
      String clean = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
      if (!clean.isEmpty()) {
        words.add(clean);
      }
    }
    return !words.isEmpty() && matches(letters(acronym).toLowerCase(Locale.ROOT), 0, words, 0);
  }

  private static boolean matches(String acronym, int at, List<String> words, int index) {
    if (index == words.size()) {
      return at == acronym.length();
    }
    String word = words.get(index);
    if (FUNCTION_WORDS.contains(word) && matches(acronym, at, words, index + 1)) {
      return true;
    }
    String digits = NUMBERS.digits(word);
    if (digits == null && Character.isDigit(word.charAt(0))) {
      digits = word;
    }
    if (digits != null) {
      return acronym.startsWith(digits, at)
          && matches(acronym, at + digits.length(), words, index + 1);
    }
    if (at >= acronym.length() || acronym.charAt(at) != word.charAt(0)) {
      return false;
    }
    return withMoreLetters(acronym, at + 1, word, 1, MAX_MORE_LETTERS, words, index);
  }

  /** Goes on with the next word, or first takes more letters of this word, in order. */
  private static boolean withMoreLetters(
      String acronym, int at, String word, int from, int left, List<String> words, int index) {
    if (matches(acronym, at, words, index + 1)) {
      return true;
    }
    if (left == 0 || at >= acronym.length()) {
      return false;
    }
    for (int i = word.indexOf(acronym.charAt(at), from);
        i >= 0;
        i = word.indexOf(acronym.charAt(at), i + 1)) {
      if (withMoreLetters(acronym, at + 1, word, i + 1, left - 1, words, index)) {
        return true;
      }
    }
    return false;
  }

  /** An acronym without its dots, e.g. {@code U.S.} gives {@code US}. */
  static String letters(String acronym) {
    return acronym.replace(".", "").toUpperCase(Locale.ROOT);
  }
}

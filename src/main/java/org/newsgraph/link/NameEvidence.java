package org.newsgraph.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NumberWords;
import org.newsgraph.resolve.SettlementNames;

/**
 * Whether a name is textual evidence for an article title, so that a dictionary entry pointing
 * somewhere unrelated (an old or foreign-language title, a nickname) is not trusted. A person's
 * every name word must be in the title ("Kim Jong Un" does not support "Kim_Jong-woon"). Any other
 * name must share a word with the title (words of four letters or more may differ in ending:
 * "Brazilian" and "Brazil"), or one must be the initials of the other ("U.S." and "United_States",
 * "NSA" and "United_States_National_Security_Agency"). An organisation name of three content words
 * or more must match word for word: all its words in the title, or all the title's in it.
 */
final class NameEvidence {

  private static final int STEM_LENGTH = 4;

  private final Set<String> functionWords;

  /**
   * @param functionWords lower-case words that carry no evidence ("of", "the", "de")
   */
  NameEvidence(Set<String> functionWords) {
    this.functionWords = Set.copyOf(functionWords);
  }

  /** Whether the name supports the title for an entity of this type. */
  boolean supports(EntityType type, String name, String title) {
    String main = NameTokens.mainPart(title);
    List<String> titleWords = NameTokens.of(main);
    List<String> nameWords = contentWords(name);
    if (type == EntityType.PERSON) {
      return !nameWords.isEmpty() && titleWords.containsAll(nameWords);
    }
    if (lacksNumber(name, title)
        || isOtherAcronym(name, main)
        || type == EntityType.ORGANIZATION && sharesOnlyATown(nameWords, titleWords)) {
      return false;
    }
    if (isInitialsOf(name, main.replace('_', ' ')) || isInitialsOf(main, name)) {
      return true;
    }
    if (type == EntityType.ORGANIZATION && nameWords.size() >= LONG_NAME_WORDS) {
      List<String> titleContent = contentWords(main.replace('_', ' '));
      return covers(titleContent, nameWords) || covers(nameWords, titleContent);
    }
    return sharesWord(nameWords, titleWords);
  }

  /** The fewest people of a GeoNames town whose name, shared alone, is no evidence. */
  static final int TOWN_POPULATION = 100_000;

  /**
   * Whether an organisation's name shares with the title only the names of towns, and has a word
   * the title lacks ("Kiekko-Lyon" and {@code Lyon_Blues}): the title is another body of that town,
   * or the town. A town is a GeoNames town of {@value #TOWN_POPULATION} people or more. A name that
   * is only a town's ("Lyon" for its football club) is left to the other rules.
   */
  static boolean sharesOnlyATown(List<String> nameWords, List<String> titleWords) {
    boolean shared = false;
    boolean unshared = false;
    for (String n : nameWords) {
      boolean inTitle = titleWords.stream().anyMatch(t -> n.equals(t) || sameStem(n, t));
      if (inTitle) {
        if (!isTown(n)) {
          return false;
        }
        shared = true;
      } else {
        unshared = true;
      }
    }
    return shared && unshared;
  }

  private static boolean isTown(String word) {
    String name = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return SettlementNames.bundled().population(name).orElse(0) >= TOWN_POPULATION;
  }

  /** A Roman numeral of one to twenty, in lower case. */
  private static final Pattern ROMAN = Pattern.compile("x{0,2}(ix|iv|v?i{0,3})");

  /**
   * Whether the name ends with a number that the title lacks ("University of Freedonia II" and
   * {@code University_of_Freedonia}): the number tells one of several bodies, units or events of
   * that name apart, and a title without it is another one's, or their parent's. The number is a
   * Roman numeral or digits after at least one other word; the title may write it in digits or as a
   * number word ("Formula 1", {@code Formula_One}).
   */
  static boolean lacksNumber(String name, String title) {
    List<String> words = NameTokens.of(name);
    if (words.size() < 2) {
      return false;
    }
    String last = words.get(words.size() - 1);
    boolean digits = last.chars().allMatch(Character::isDigit);
    if (!digits && (last.isEmpty() || !ROMAN.matcher(last).matches())) {
      return false;
    }
    for (String word : NameTokens.of(title)) {
      if (word.equals(last) || digits && last.equals(NUMBERS.digits(word))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an acronym's title is another acronym ("ABCD" and {@code ABC}): the article of another
   * body, often its forerunner, whose letters are not the name's.
   */
  static boolean isOtherAcronym(String name, String titleMain) {
    String letters = name.replaceAll("[.\\s]", "");
    String other = titleMain.replaceAll("[.]", "");
    return letters.matches("[\\p{Lu}\\p{N}]{2,10}")
        && other.matches("[\\p{Lu}\\p{N}]{2,10}")
        && letters.chars().anyMatch(Character::isLetter)
        && other.chars().anyMatch(Character::isLetter)
        && !letters.equals(other);
  }

  /**
   * Whether an acronym's title fits the entity's other names: the title is the acronym itself (see
   * {@link #isOwnTitle}), or one of the names supports it ({@link #supports}), spells it or shares
   * a word with it ("FHCR" of the "Freedonia Refugee Agency" fits the title of the refugee
   * commissioner, though a long name must otherwise match a title word for word). An entity with no
   * other name accepts any.
   */
  boolean acronymTitleFits(EntityType type, String acronym, String title, List<String> names) {
    if (names.isEmpty() || isOwnTitle(acronym, title)) {
      return true;
    }
    List<String> titleWords = NameTokens.of(NameTokens.mainPart(title));
    for (String name : names) {
      if (supports(type, name, title)
          || type != EntityType.PERSON && sharesWord(contentWords(name), titleWords)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the title is the acronym itself ("NATO", "PACE"): an article about something with those
   * letters, which need not be the entity ({@link LinkDecider} asks more of it).
   */
  static boolean isOwnTitle(String acronym, String title) {
    return NameTokens.of(NameTokens.mainPart(title)).equals(NameTokens.of(acronym));
  }

  /**
   * An organisation name of this many content words or more must match the title word for word
   * (one's words all in the other): "West African Economic and Monetary Union" is not
   * "Economic_Community_of_West_African_States", though they share three words.
   */
  private static final int LONG_NAME_WORDS = 3;

  /** Whether every word of {@code part} is a word (or stem) of {@code whole}. */
  private static boolean covers(List<String> whole, List<String> part) {
    for (String p : part) {
      if (whole.stream().noneMatch(w -> w.equals(p) || sameStem(w, p))) {
        return false;
      }
    }
    return !part.isEmpty();
  }

  private List<String> contentWords(String name) {
    List<String> words = new ArrayList<>();
    for (String word : NameTokens.of(name)) {
      if (!functionWords.contains(word)
          && (word.length() > 1 || Character.isDigit(word.charAt(0)))) {
        words.add(word);
      }
    }
    return words;
  }

  private static boolean sharesWord(List<String> nameWords, List<String> titleWords) {
    for (String n : nameWords) {
      for (String t : titleWords) {
        if (n.equals(t) || sameStem(n, t)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameStem(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return shorter.length() >= STEM_LENGTH && longer.startsWith(shorter);
  }

  /** Whether the title (with no qualifier or comma) has exactly the words of {@code name}. */
  static boolean isExactly(String name, String title) {
    if (title.indexOf(',') >= 0 || !NameTokens.qualifier(title).isEmpty()) {
      return false;
    }
    List<String> nameWords = NameTokens.of(name);
    return !nameWords.isEmpty() && nameWords.equals(NameTokens.of(title));
  }

  /**
   * Whether the title is the name followed by more words and nothing else ("Caspian" and
   * "Caspian_Sea"; not "Erie,_Pennsylvania" nor "Georgia_(country)"). Case is ignored.
   */
  static boolean isFullNameOf(String name, String title) {
    if (title.indexOf(',') >= 0 || !NameTokens.qualifier(title).isEmpty()) {
      return false;
    }
    List<String> nameWords = NameTokens.of(name);
    List<String> titleWords = NameTokens.of(title);
    return !nameWords.isEmpty()
        && titleWords.size() > nameWords.size()
        && titleWords.subList(0, nameWords.size()).equals(nameWords);
  }

  /**
   * Whether {@code acronym} (dots and spaces ignored, two or more capitals) is spelled by the
   * initials of the capitalised words of {@code expansion}, in order, covering at least half of
   * them; a letter may also come from a small word ("ECOWAS": the "of" of "Economic Community of
   * West African States").
   */
  static boolean isInitialsOf(String acronym, String expansion) {
    String compact = acronym.replaceAll("[.\\s]", "");
    if (!compact.matches("[\\p{Lu}\\p{N}&]{2,10}")) {
      return false;
    }
    String letters = compact.replaceAll("[^\\p{Lu}\\p{N}]", "");
    String initials = initials(expansion, false, false);
    if (letters.length() < 2 || letters.length() * 2 < initials.length()) {
      return false;
    }
    for (int way = 0; way < 4; way++) {
      if (isSubsequence(letters, initials(expansion, (way & 1) != 0, (way & 2) != 0))) {
        return true;
      }
    }
    return false;
  }

  /** Number words that an acronym writes in digits ("G7", "Group of Seven"). */
  private static final NumberWords NUMBERS = new NumberWords();

  /** Whether the letters appear in the initials in order (others may come between). */
  private static boolean isSubsequence(String letters, String initials) {
    int next = 0;
    for (int i = 0; i < initials.length() && next < letters.length(); i++) {
      if (initials.charAt(i) == letters.charAt(next)) {
        next++;
      }
    }
    return next == letters.length();
  }

  /**
   * The first letters of the capitalised words; with {@code allWords}, of every word, in upper
   * case, since some acronyms take a letter from a small word ("ECOWAS", "Economic Community of
   * West African States"); with {@code digits}, a number word as its digits ("G7", "Group of
   * Seven"; not "FPDA", "Five Power Defence Arrangements").
   */
  private static String initials(String expansion, boolean allWords, boolean digits) {
    StringBuilder initials = new StringBuilder();
    for (String word : expansion.split("[\\s_\\-]+")) {
      String number = digits ? NUMBERS.digits(word) : null;
      if (number != null) {
        initials.append(number);
      } else if (!word.isEmpty() && (allWords || Character.isUpperCase(word.codePointAt(0)))) {
        initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
      }
    }
    return initials.toString();
  }
}

package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;

/**
 * Chooses which names of an entity are worth looking up, and the dictionary keys to try for each.
 * Left out: names without a capital letter or digit (not proper names), demonyms ("Peruvian" names
 * a people or a language, not the country), a person's one-word names (a surname alone links to the
 * surname page or a namesake), and case-only repeats of a name already kept. A person's name with
 * middle names is also tried without them ({@link #withoutMiddleNames}).
 */
final class SurfaceForms {

  /** CoreNLP's list of place names and their adjectival and demonymic forms (from Wikipedia). */
  static final String DEMONYMS = "edu/stanford/nlp/models/dcoref/demonyms.txt";

  /** Words of address and offices that may stand before a person's name ("Hon", "Taoiseach"). */
  static final String STYLES = "org/newsgraph/link/person-styles.txt";

  private final Set<String> demonyms;
  private final Set<String> styles;

  /**
   * @param demonyms adjectival and demonymic forms, as written ("Peruvian", "Americans")
   * @param styles lower-case words of address and offices, without dots ("hon", "gen")
   */
  SurfaceForms(Set<String> demonyms, Set<String> styles) {
    this.demonyms = Set.copyOf(demonyms);
    this.styles = Set.copyOf(styles);
  }

  /** The demonyms of CoreNLP's list (its first column, the place names, is not included). */
  static SurfaceForms loadDefault() {
    Set<String> places = new HashSet<>();
    Set<String> forms = new HashSet<>();
    for (String line : RuleFile.lines(DEMONYMS)) {
      String[] columns = line.split("\t");
      places.add(columns[0].strip());
      for (int i = 1; i < columns.length; i++) {
        forms.add(columns[i].strip());
      }
    }
    forms.removeAll(places);
    return new SurfaceForms(forms, Set.copyOf(RuleFile.lines(STYLES)));
  }

  /** The entity's names to look up, label first, then aliases in their order. */
  List<String> formsOf(Entity entity) {
    Map<String, String> kept = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(entity.label());
    names.addAll(entity.aliases());
    for (String name : names) {
      String form = name.strip().replaceAll("\\s+", " ");
      if (entity.type() == EntityType.PERSON) {
        form = withoutStyles(form);
      }
      if (usable(entity.type(), form)) {
        kept.putIfAbsent(form.toLowerCase(Locale.ROOT), form);
      }
    }
    return List.copyOf(kept.values());
  }

  private boolean usable(EntityType type, String form) {
    if (form.isEmpty()
        || !form.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return false;
    }
    if (demonyms.contains(form)) {
      return false;
    }
    return type != EntityType.PERSON || nameWords(form) >= 2;
  }

  /**
   * A person's name without the words of address and offices before it ("Hon Jane Doe", "Taoiseach
   * Jane Doe", "Gen. Jane Doe" give "Jane Doe"): NER may take them into the name, and the article
   * is titled by the name alone. The name as it is when fewer than two name words would remain.
   */
  String withoutStyles(String form) {
    String[] words = form.split(" ");
    int first = 0;
    while (first < words.length
        && styles.contains(words[first].replaceAll("\\.$", "").toLowerCase(Locale.ROOT))) {
      first++;
    }
    if (first == 0) {
      return form;
    }
    String rest = String.join(" ", Arrays.copyOfRange(words, first, words.length));
    return nameWords(rest) >= 2 ? rest : form;
  }

  private static int nameWords(String form) {
    int count = 0;
    for (String word : form.split(" ")) {
      if (word.codePoints().filter(Character::isLetter).count() >= 2) {
        count++;
      }
    }
    return count;
  }

  /**
   * The dictionary keys to try for a name, in order; the first that the dictionary has gives the
   * name's candidates. The name as written, then with typographic quotes and dashes made plain,
   * then without a leading "the"; for a name in capitals that is no acronym (a dateline's
   * "CLUJ-NAPOCA", "SRIHARIKOTA"), last, the same in title case ({@link #titleCase}), since the
   * dictionary's lines in capitals are few and noisy.
   */
  static List<String> lookupKeys(String form) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(form);
    String plain = plainPunctuation(form);
    keys.add(plain);
    String withoutArticle = plain.replaceFirst("^(?:[Tt]he) (?=\\S)", "");
    keys.add(withoutArticle);
    if (isInCapitals(plain) && !Initials.isAcronym(plain)) {
      String titled = titleCase(plain);
      keys.add(titled);
      keys.add(titled.replaceFirst("^The (?=\\S)", ""));
    }
    return List.copyOf(keys);
  }

  /** Whether the name has letters, none of them in lower case ("CLUJ-NAPOCA"). */
  static boolean isInCapitals(String form) {
    return form.codePoints().anyMatch(Character::isLetter)
        && form.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * Each word's first letter in upper case and its other letters in lower case; a word starts after
   * a space, a hyphen or an apostrophe ("CLUJ-NAPOCA" gives "Cluj-Napoca", "RIO DE JANEIRO" gives
   * "Rio De Janeiro", which the dictionary has too).
   */
  static String titleCase(String form) {
    StringBuilder out = new StringBuilder(form.length());
    boolean start = true;
    for (int i = 0; i < form.length(); ) {
      int c = form.codePointAt(i);
      out.appendCodePoint(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'';
      i += Character.charCount(c);
    }
    return out.toString();
  }

  /** A generational suffix after a person's name: "Jr.", "Sr", "III". */
  private static final Pattern SUFFIX = Pattern.compile("(?:Jr|Sr|II|III|IV)\\.?,?");

  /**
   * A person's name without its middle names and its generational suffix: its first and last name
   * words ("Cyril Matamela Ramaphosa" gives "Cyril Ramaphosa", "Robert J. Carter III" gives "Robert
   * Carter"). The article of a person is usually titled by the two, so the short form is looked up
   * when the full name has no candidate. Empty for a name of fewer than three words, one whose
   * first or last word is an initial, and one with a lower-case word (a particle, as in "Maria da
   * Graça Carvalho": the first and last words need not be the name the person is known by).
   */
  static Optional<String> withoutMiddleNames(String form) {
    List<String> words = new ArrayList<>(List.of(form.strip().split("\\s+")));
    while (!words.isEmpty() && SUFFIX.matcher(words.get(words.size() - 1)).matches()) {
      words.remove(words.size() - 1);
    }
    if (words.size() < 3) {
      return Optional.empty();
    }
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return Optional.empty();
      }
    }
    String first = words.get(0);
    String last = words.get(words.size() - 1).replaceAll(",$", "");
    if (letters(first) < 2 || letters(last) < 2 || first.endsWith(".") || last.endsWith(".")) {
      return Optional.empty();
    }
    return Optional.of(first + " " + last);
  }

  private static long letters(String word) {
    return word.codePoints().filter(Character::isLetter).count();
  }

  private static String plainPunctuation(String text) {
    return text.replaceAll("[\u2018\u2019\u02bc]", "'")
        .replaceAll("[\u201c\u201d]", "\"")
        .replaceAll("[\u2010\u2011\u2012\u2013\u2014]", "-");
  }
}

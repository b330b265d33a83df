package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;

/**
 * The current title of an organisation whose long proper name the 2016 dictionary sends, nearly
 * always, to an article titled otherwise: the article has since been moved to that name, or the
 * body has its own article by now. Anchors are resolved through redirects when the dictionary is
 * made, so a name of three content words or more that leads to one article with {@value #MIN_SHARE}
 * of its anchors or more, and that the article's title does not carry, was a redirect then:
 * "Canadian Armed Forces" to {@code Canadian_Forces}, "Indonesian National Armed Forces" to {@code
 * Military_of_Indonesia}, "Madrid Stock Exchange" to {@code Bolsa_de_Madrid}, "Mongolian People's
 * Party" to {@code Mongolian_People's_Revolutionary_Party}, a body's name to its parent's article
 * ("Central American Integration System" to {@code Central_American_Common_Market}). Wikipedia
 * titles a body by its common English name, and these names are now the titles. The article is then
 * titled by the name, for every name of the entity that leads to the old title.
 *
 * <p>Not when:
 *
 * <ul>
 *   <li>the entity is not an organisation, or the name is an acronym, has an abbreviation ("U.S.",
 *       "UN"), a lower-case content word ("German air force": a description, not a name), a comma
 *       or parentheses;
 *   <li>the title has a qualifier ("Ministry_of_Defense_(Japan)": a national body titled by
 *       Wikipedia's convention for shared names) or a comma, or is one word ("Bundeswehr": a proper
 *       name of its own), or spells the name's initials ("NATO");
 *   <li>the name and the title differ only in country names, demonyms and company legal forms
 *       ("Chinese Communist Party" and {@code Communist_Party_of_China}, "Latham &amp; Watkins LLP"
 *       and {@code Latham_&_Watkins}), or in spelling (word order, endings, one letter: "Japan Self
 *       Defense Force" and {@code Japan_Self-Defense_Forces}, "Organisation" and "Organization");
 *   <li>the title is the name with words before it ({@code International_Atomic_Energy_Agency} for
 *       "Atomic Energy Agency": a shortened name).
 * </ul>
 */
final class RenamedBodies {

  /** The share of a name's anchors that must lead to the old article. */
  static final double MIN_SHARE = 0.9;

  /** The fewest content words a name must have. */
  static final int MIN_WORDS = 3;

  /**
   * The fewest content words of a name that leads to an overview article ({@value
   * #OVERVIEW_TITLES}): "Country Navy" and {@code Military_of_Country}.
   */
  static final int OVERVIEW_WORDS = 2;

  static final String LEGAL_FORMS = "org/newsgraph/resolve/legal-forms.txt";

  static final String OVERVIEW_TITLES = "org/newsgraph/link/overview-titles.txt";

  private final Set<String> functionWords;
  private final Set<String> countryWords;
  private final Set<String> legalWords;
  private final List<String> overviewPrefixes;

  /**
   * @param functionWords lower-case words that are not content words ("of", "the", "and")
   * @param countryWords words of country names and demonyms, lower case without accents
   * @param legalWords words of company legal forms ("llp", "ltd"), lower case
   * @param overviewPrefixes title prefixes of overview articles ("Military of"), any case
   */
  RenamedBodies(
      Set<String> functionWords,
      Set<String> countryWords,
      Set<String> legalWords,
      List<String> overviewPrefixes) {
    this.functionWords = Set.copyOf(functionWords);
    this.countryWords = Set.copyOf(countryWords);
    this.legalWords = Set.copyOf(legalWords);
    this.overviewPrefixes =
        overviewPrefixes.stream().map(p -> p.strip().toLowerCase(Locale.ROOT) + " ").toList();
  }

  /**
   * With the title rules' function words, the words of the resolver's countries ({@value
   * CountryNames#COUNTRIES}, names and alternative names), CoreNLP's demonym list (places and
   * adjectives) and the resolver's legal forms.
   */
  static RenamedBodies loadDefault(Set<String> functionWords) {
    Set<String> countries = new HashSet<>();
    for (String line : RuleFile.lines(CountryNames.COUNTRIES)) {
      String[] columns = line.split("\t", -1);
      for (int i = 0; i < Math.min(2, columns.length); i++) {
        for (String name : columns[i].split("\\|")) {
          countries.addAll(NameTokens.of(name));
        }
      }
    }
    for (String line : RuleFile.lines(SurfaceForms.DEMONYMS)) {
      countries.addAll(NameTokens.of(line));
    }
    countries.removeAll(functionWords);
    Set<String> legal = new HashSet<>();
    for (String line : RuleFile.lines(LEGAL_FORMS)) {
      legal.addAll(NameTokens.of(line));
    }
    return new RenamedBodies(functionWords, countries, legal, RuleFile.lines(OVERVIEW_TITLES));
  }

  /**
   * Old title to current title, for the entity's names (label first: the first name that gives an
   * old title names it). Empty for an entity that is not an organisation.
   *
   * @param type the entity's type
   * @param forms the entity's names, label first
   * @param candidatesByKey the dictionary's candidates by look-up key
   */
  Map<String, String> renames(
      EntityType type, List<String> forms, Map<String, List<LinkCandidate>> candidatesByKey) {
    Map<String, String> renames = new LinkedHashMap<>();
    if (type != EntityType.ORGANIZATION) {
      return renames;
    }
    for (String form : forms) {
      int words = properWords(form);
      if (words < OVERVIEW_WORDS) {
        continue;
      }
      for (String key : SurfaceForms.lookupKeys(form)) {
        List<LinkCandidate> candidates = candidatesByKey.getOrDefault(key, List.of());
        if (candidates.isEmpty()) {
          continue;
        }
        LinkCandidate best = candidates.stream().sorted(LinkCandidate.BEST_FIRST).findFirst().get();
        if ((words >= MIN_WORDS || isOverviewTitle(best.title()))
            && best.score() >= MIN_SHARE
            && isOldTitleOf(form, best.title())) {
          renames.putIfAbsent(best.title(), titleOf(key));
        }
        break;
      }
    }
    return renames;
  }

  /** The candidates with old titles replaced by current ones. */
  static List<LinkCandidate> renamed(List<LinkCandidate> candidates, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return candidates;
    }
    List<LinkCandidate> out = new ArrayList<>(candidates.size());
    for (LinkCandidate c : candidates) {
      out.add(new LinkCandidate(renames.getOrDefault(c.title(), c.title()), c.score()));
    }
    return out;
  }

  /**
   * Whether the name is a proper name long enough to be a body's own: {@value #MIN_WORDS} content
   * words or more, each capitalised (or a number), no abbreviation, no comma or parentheses.
   */
  boolean isProperName(String name) {
    return properWords(name) >= MIN_WORDS;
  }

  /** Whether the title is an overview article of {@value #OVERVIEW_TITLES} ("Military_of_..."). */
  boolean isOverviewTitle(String title) {
    String t = title.replace('_', ' ').toLowerCase(Locale.ROOT);
    return overviewPrefixes.stream().anyMatch(t::startsWith);
  }

  /**
   * The number of content words of a proper name (each capitalised or a number, no abbreviation, no
   * comma or parentheses, no acronym); 0 for anything else.
   */
  private int properWords(String name) {
    if (Initials.isAcronym(name) || name.matches(".*[(),].*")) {
      return 0;
    }
    int content = 0;
    for (String word : name.split("\\s+")) {
      if (NameTokens.of(word).isEmpty() || functionWords.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (isAbbreviation(word) || !(Character.isUpperCase(word.codePointAt(0)) || isNumber(word))) {
        return 0;
      }
      if (NameTokens.of(word).stream().anyMatch(w -> w.length() > 1 || isNumber(w))) {
        content++;
      }
    }
    return content;
  }

  /** Whether the title is an older or other article of the proper name; see the class comment. */
  boolean isOldTitleOf(String name, String title) {
    if (!NameTokens.qualifier(title).isEmpty()
        || title.contains(",")
        || NameTokens.of(title).size() < 2
        || NameEvidence.isInitialsOf(name, title.replace('_', ' '))
        || NameEvidence.isInitialsOf(title.replace('_', ' '), name)) {
      return false;
    }
    List<String> nameWords = contentWords(name);
    List<String> titleWords = contentWords(title);
    List<String> onlyInName = notIn(nameWords, titleWords);
    List<String> onlyInTitle = notIn(titleWords, nameWords);
    List<String> differ = new ArrayList<>(onlyInName);
    differ.addAll(onlyInTitle);
    if (differ.stream().allMatch(w -> countryWords.contains(w) || legalWords.contains(w))) {
      return false;
    }
    List<String> all = NameTokens.of(title);
    List<String> own = NameTokens.of(name);
    return !(onlyInName.isEmpty()
        && all.size() > own.size()
        && all.subList(all.size() - own.size(), all.size()).equals(own));
  }

  /** The title of a name: spaces as underscores, plain apostrophes, first letter upper case. */
  static String titleOf(String name) {
    String t = name.strip().replaceAll("\\s+", "_").replace('\u2019', '\'');
    return t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }

  private List<String> contentWords(String text) {
    List<String> words = new ArrayList<>();
    for (String w : NameTokens.of(text)) {
      if (!functionWords.contains(w) && (w.length() > 1 || isNumber(w))) {
        words.add(w);
      }
    }
    return words;
  }

  private static List<String> notIn(List<String> words, List<String> others) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (others.stream().noneMatch(o -> sameWord(w, o))) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The same word in another spelling: equal, one a stem of the other of four letters or more
   * ("democrat", "democratic"), or, from five letters, one letter changed, added, dropped or two
   * swapped ("organisation", "organization"; "defence", "defense"; "centre", "center").
   */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    if (shorter.length() >= 4 && longer.startsWith(shorter)) {
      return true;
    }
    return shorter.length() >= 5 && editDistanceAtMostOne(a, b);
  }

  private static boolean editDistanceAtMostOne(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb
        ? a.substring(i + 1).equals(b.substring(i))
        : b.substring(i + 1).equals(a.substring(i));
  }

  private static boolean isNumber(String word) {
    return Character.isDigit(word.codePointAt(0));
  }

  /** "U.S.", "UN", "EU": a word with a dot or two capitals and no lower-case letter. */
  private static boolean isAbbreviation(String word) {
    if (word.contains(".")) {
      return true;
    }
    long upper = word.codePoints().filter(Character::isUpperCase).count();
    return upper >= 2 && word.codePoints().noneMatch(Character::isLowerCase);
  }
}

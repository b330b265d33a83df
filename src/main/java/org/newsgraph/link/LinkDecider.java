package org.newsgraph.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;
import org.newsgraph.resolve.SettlementNames;

/**
 * Picks an entity's article from the dictionary candidates of its names. Each name votes for each
 * acceptable candidate ({@link TitleRules}) that it is evidence for ({@link NameEvidence}) with the
 * candidate's probability; an acronym votes only for a title its entity's other names fit ("AES" of
 * the "Alliance of Sahel States" does not vote for "Advanced_Encryption_Standard"), and for a title
 * that is the acronym itself only when one of those names leads there too or is what the acronym
 * spells and has no article of its own. The article with the largest sum wins if the names that
 * agree on it are together probable enough ({@code 1 - prod(1 - p) >= minScore}) and its sum leads
 * the next article's by at least {@code minMargin}; otherwise the entity gets no link. The same
 * name written with or without "the" votes once ({@link #sameNameKey}). A person's surname votes
 * only for an article that has the given name of its full name too ({@link #fitsLongerNames}). A
 * place (neither a country nor a city) whose article title is one of its names followed by one
 * geographic word ({@link PlaceWords}: "Caspian", "Caspian_Sea"; not "Commonwealth_of_Nations")
 * needs only {@code minScoreFullName}: the short name is a usual shortening of the title, and the
 * type rules out the other things the name may mean. So does a city whose article title is exactly
 * its name, when the name is a town's in GeoNames ({@link SettlementNames}: "Zaragoza"; not
 * "Washington", a state's name), or when the dictionary does not show the article to be a region's
 * (no "Name (state)", "Name (province)" and the like leads to it: "Porto", "Limerick", whose names
 * GeoNames' table leaves out as a district's and a county's; not "Washington"): the name's main
 * article, and the type says the entity is the place (unless the name is a shortening of a longer
 * name of the city). A name that is part of a longer name of the same entity ("Defence Force" of
 * "Coastal Defence Force") votes only for the articles the longer name supports, when it supports
 * one.
 */
final class LinkDecider {

  /** The candidates found for one name of an entity. */
  record NameCandidates(String name, List<LinkCandidate> candidates) {
    NameCandidates {
      candidates = List.copyOf(candidates);
    }
  }

  private final LinkSettings settings;
  private final TitleRules rules;
  private final NameEvidence evidence;
  private final SettlementNames settlements;
  private final PlaceWords placeWords;

  LinkDecider(
      LinkSettings settings, TitleRules rules, SettlementNames settlements, PlaceWords placeWords) {
    this.settings = settings;
    this.rules = rules;
    this.evidence = new NameEvidence(rules.lowercaseWords());
    this.settlements = settlements;
    this.placeWords = placeWords;
  }

  /**
   * @param type the entity's type
   * @param names the entity's names that the dictionary knows, with their candidates
   * @param allNames every usable name of the entity, known to the dictionary or not
   * @param regionTitles articles that the dictionary shows to be a region's ("Name (state)" leads
   *     there): a city's own article is none of these
   */
  LinkDecision decide(
      EntityType type,
      List<NameCandidates> names,
      List<String> allNames,
      Set<String> regionTitles) {
    return decide(type, names, allNames, regionTitles, title -> false);
  }

  /**
   * Like {@link #decide(EntityType, List, List, Set)}, with the articles that the entity's stories
   * confirm ({@link NamedPlaces#confirms}): an organisation's, a city's or a place's article whose
   * title names a place that the stories name and that was linked needs only {@code
   * minScoreInContext} ("Ministry of Defence" and {@code Ministry_of_Defence_(United_Kingdom)}, p =
   * 0.64, in a story that names the United Kingdom).
   */
  LinkDecision decide(
      EntityType type,
      List<NameCandidates> names,
      List<String> allNames,
      Set<String> regionTitles,
      Predicate<String> confirmed) {
    List<String> longNames = allNames.stream().filter(n -> !Initials.isAcronym(n)).toList();
    Map<String, Set<String>> supportedByName = new LinkedHashMap<>();
    for (NameCandidates name : names) {
      if (!Initials.isAcronym(name.name())) {
        supportedByName.put(name.name(), supported(type, name, longNames));
      }
    }
    Map<String, Set<String>> supportedByAcronym = new LinkedHashMap<>();
    for (NameCandidates name : names) {
      if (Initials.isAcronym(name.name())) {
        Set<String> titles = supported(type, name, longNames);
        titles.removeIf(
            title ->
                !longNames.isEmpty()
                    && NameEvidence.isOwnTitle(name.name(), title)
                    && !fullNameLeadsTo(name.name(), title, names, supportedByName));
        supportedByAcronym.put(name.name(), titles);
      }
    }
    supportedByName.putAll(supportedByAcronym);
    Map<String, Map<String, Double>> votesByName = new LinkedHashMap<>();
    for (NameCandidates name : names) {
      Set<String> allowed = titlesOfLongerNames(name.name(), supportedByName);
      for (LinkCandidate c : name.candidates()) {
        if (supportedByName.get(name.name()).contains(c.title())
            && (allowed.isEmpty() || allowed.contains(c.title()))) {
          votesByName
              .computeIfAbsent(c.title(), t -> new LinkedHashMap<>())
              .merge(sameNameKey(name.name()), c.score(), Math::max);
        }
      }
    }
    Map<String, List<Double>> votes = new LinkedHashMap<>();
    votesByName.forEach((title, byName) -> votes.put(title, new ArrayList<>(byName.values())));
    if (votes.isEmpty()) {
      return LinkDecision.none("no acceptable candidate");
    }
    List<String> ranked = new ArrayList<>(votes.keySet());
    ranked.sort(
        Comparator.comparingDouble((String t) -> sum(votes.get(t)))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    String best = ranked.get(0);
    double lead = sum(votes.get(best)) - (ranked.size() > 1 ? sum(votes.get(ranked.get(1))) : 0);
    double probability = combined(votes.get(best));
    double least = minScore(type, names, best, allNames, regionTitles);
    if (type != EntityType.PERSON && type != EntityType.COUNTRY && confirmed.test(best)) {
      least = Math.min(least, settings.minScoreInContext());
    }
    if (probability < least) {
      return LinkDecision.none(describe("too doubtful", best, probability, lead));
    }
    if (lead < settings.minMargin()) {
      return LinkDecision.none(
          describe("ambiguous with " + ranked.get(1), best, probability, lead));
    }
    return LinkDecision.link(best, describe("linked", best, probability, lead));
  }

  /**
   * The name as one piece of evidence: the same name with or without a leading "the", in another
   * case or with typographic punctuation is the same name ("Commonwealth" and "the Commonwealth"),
   * so its forms vote once, with the best probability among them, and do not add up to a
   * probability that none of them has.
   */
  static String sameNameKey(String name) {
    return String.join(" ", NameTokens.of(name)).replaceFirst("^the (?=\\S)", "");
  }

  /**
   * Whether a title fits the person's longer names that end with this name: "Montenegro" of "Luís
   * Montenegro" or "van der Westhuizen" of "Annelie van der Westhuizen" is a surname, and its
   * article must have the given name too (one of the longer names' first word), else it is a
   * namesake's, or a place's. True when no longer name of the entity ends with the name.
   */
  static boolean fitsLongerNames(String name, String title, List<String> longNames) {
    List<String> own = NameTokens.of(name);
    List<String> titleWords = NameTokens.of(NameTokens.mainPart(title));
    boolean endsAnother = false;
    for (String other : longNames) {
      List<String> words = NameTokens.of(other);
      if (own.isEmpty()
          || words.size() <= own.size()
          || !words.subList(words.size() - own.size(), words.size()).equals(own)) {
        continue;
      }
      endsAnother = true;
      if (titleWords.contains(words.get(0))) {
        return true;
      }
    }
    return !endsAnother;
  }

  private Set<String> supported(EntityType type, NameCandidates name, List<String> longNames) {
    Set<String> titles = new LinkedHashSet<>();
    for (LinkCandidate c : name.candidates()) {
      if (rules.acceptable(type, c.title())
          && evidence.supports(type, name.name(), c.title())
          && (type != EntityType.PERSON || fitsLongerNames(name.name(), c.title(), longNames))
          && (!Initials.isAcronym(name.name())
              || evidence.acronymTitleFits(type, name.name(), c.title(), longNames))) {
        titles.add(c.title());
      }
    }
    return titles;
  }

  /**
   * Whether a full name of the entity that the dictionary knows leads to the acronym's own title
   * too ("North Atlantic Treaty Organization" to "NATO"), or is what the acronym spells and has no
   * acceptable article of its own ("Group of Seven", whose own article is a band's, and "G7"). An
   * article titled by the letters alone may be anything with those letters: "PACE" is not the
   * "Parliamentary Assembly" (the letters spell more), "AIU" not an "Athletics Integrity Unit" that
   * the dictionary does not know, "HAI" not the "Hellenic Aerospace Industry", whose own article
   * the dictionary has.
   */
  private static boolean fullNameLeadsTo(
      String acronym,
      String title,
      List<NameCandidates> names,
      Map<String, Set<String>> supportedByName) {
    for (NameCandidates name : names) {
      Set<String> own = supportedByName.get(name.name());
      if (own == null) {
        continue;
      }
      boolean leadsThere = name.candidates().stream().anyMatch(c -> c.title().equals(title));
      if (leadsThere || (own.isEmpty() && NameEvidence.isInitialsOf(acronym, name.name()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The titles that the entity's longer names containing {@code name} support ("Defence Force" in
   * "Coastal Defence Force"): a shortening of a name votes only for what the full name means, when
   * the full name has an article. Empty when no longer name has one.
   */
  private static Set<String> titlesOfLongerNames(
      String name, Map<String, Set<String>> supportedByName) {
    Set<String> titles = new LinkedHashSet<>();
    for (Map.Entry<String, Set<String>> other : supportedByName.entrySet()) {
      if (NameTokens.containsWords(other.getKey(), name)) {
        titles.addAll(other.getValue());
      }
    }
    return titles;
  }

  private double minScore(
      EntityType type,
      List<NameCandidates> names,
      String title,
      List<String> allNames,
      Set<String> regionTitles) {
    for (NameCandidates name : names) {
      boolean shortForPlace =
          type == EntityType.PLACE
              && NameEvidence.isFullNameOf(name.name(), title)
              && placeWords.isFeatureWord(lastWordAfter(name.name(), title));
      boolean cityOfItsName =
          type == EntityType.CITY
              && NameEvidence.isExactly(name.name(), title)
              && (settlements.contains(name.name()) || !regionTitles.contains(title))
              && allNames.stream().noneMatch(other -> NameTokens.containsWords(other, name.name()));
      if (shortForPlace || cityOfItsName) {
        return Math.min(settings.minScore(), settings.minScoreFullName());
      }
    }
    return settings.minScore();
  }

  /**
   * The title's one word after the name ("Sea" of "Caspian_Sea"), or "" when the title adds more
   * than one word ("of_Nations" of "Commonwealth_of_Nations").
   */
  static String lastWordAfter(String name, String title) {
    List<String> nameWords = NameTokens.of(name);
    List<String> titleWords = NameTokens.of(title);
    return titleWords.size() == nameWords.size() + 1 ? titleWords.get(nameWords.size()) : "";
  }

  private static double sum(List<Double> scores) {
    return scores.stream().mapToDouble(Double::doubleValue).sum();
  }

  /** The probability that at least one of the agreeing names is right: 1 - prod(1 - p). */
  private static double combined(List<Double> scores) {
    double none = 1.0;
    for (double p : scores) {
      none *= 1.0 - Math.min(1.0, Math.max(0.0, p));
    }
    return 1.0 - none;
  }

  private static String describe(String what, String title, double probability, double lead) {
    return String.format(Locale.ROOT, "%s: %s (p=%.3f, lead=%.3f)", what, title, probability, lead);
  }
}

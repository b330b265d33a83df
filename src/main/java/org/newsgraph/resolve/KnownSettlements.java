package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;

/**
 * Names of the world's towns and cities ({@link SettlementNames}) turn NER's guesses into cities:
 *
 * <ul>
 *   <li>a vague LOCATION whose name is a populated place is a city ("Piraeus", "Bungendore");
 *   <li>a person, organisation or misc mention right after "in" whose name is a place of at least
 *       {@value #MIN_POPULATION_IN_CONTEXT} people is a city ("based in Linköping", NER: PERSON),
 *       unless a possessive follows ("in Darwin's theory");
 *   <li>once a place of at least {@value #MIN_POPULATION_IN_CONTEXT} people is a city in a document
 *       (by NER or by the rules above), the document's person, organisation and misc guesses of
 *       that exact name are the same city ("based in Linköping" ... "in Tampere and Linköping",
 *       NER: CITY and PERSON): a name keeps one sense in one text.
 * </ul>
 *
 * Never retyped: countries, territories, continents and regions the place gazetteer knows, a name
 * the same document also tags as a state or province ("Ontario", "Navarre"), and a name that begins
 * a longer place name of the document ("Bravo" beside "Bravo Province"), since many regions share
 * their name with a town.
 */
final class KnownSettlements implements MentionRepair {

  /** The smallest place whose name overrides a person or organisation guess after "in". */
  static final int MIN_POPULATION_IN_CONTEXT = 100_000;

  private static final Set<NerTag> GUESSES =
      Set.of(NerTag.PERSON, NerTag.ORGANIZATION, NerTag.MISC);

  private final PlaceGazetteer places;
  private final SettlementNames settlements;

  KnownSettlements(PlaceGazetteer places) {
    this(places, SettlementNames.bundled());
  }

  KnownSettlements(PlaceGazetteer places, Map<String, Integer> populationByName) {
    this(places, new SettlementNames(populationByName));
  }

  private KnownSettlements(PlaceGazetteer places, SettlementNames settlements) {
    this.places = places;
    this.settlements = settlements;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    Set<String> regions = new HashSet<>();
    for (NameMention m : mentions) {
      if (m.ner() == NerTag.STATE_OR_PROVINCE || m.ner() == NerTag.COUNTRY) {
        regions.add(m.text());
      }
    }
    for (NameMention m : mentions) {
      for (NameMention longer : mentions) {
        if (longer.ner().isPlace() && longer.text().startsWith(m.text() + " ")) {
          regions.add(m.text());
        }
      }
    }
    List<NameMention> out = new ArrayList<>(mentions.size());
    Set<String> guessedCities = new HashSet<>();
    for (NameMention m : mentions) {
      boolean city = isSettlement(view, m, regions);
      if ((city || m.ner() == NerTag.CITY) && isBigCity(m.text(), regions)) {
        guessedCities.add(m.text());
      }
      out.add(city ? m.withNer(NerTag.CITY) : m);
    }
    out.replaceAll(
        m ->
            GUESSES.contains(m.ner()) && guessedCities.contains(m.text())
                ? m.withNer(NerTag.CITY)
                : m);
    return out;
  }

  private boolean isSettlement(DocumentView view, NameMention m, Set<String> regions) {
    OptionalInt population = settlements.population(m.text());
    if (population.isEmpty() || regions.contains(m.text()) || knownPlace(m.text())) {
      return false;
    }
    if (m.ner() == NerTag.LOCATION) {
      return true;
    }
    return GUESSES.contains(m.ner())
        && population.getAsInt() >= MIN_POPULATION_IN_CONTEXT
        && afterIn(view, m)
        && !beforePossessive(view, m);
  }

  private boolean isBigCity(String name, Set<String> regions) {
    OptionalInt population = settlements.population(name);
    return population.isPresent()
        && population.getAsInt() >= MIN_POPULATION_IN_CONTEXT
        && !regions.contains(name)
        && !knownPlace(name);
  }

  private boolean knownPlace(String name) {
    return places.country(name).isPresent()
        || places.territory(name).isPresent()
        || places.region(name).isPresent();
  }

  private static boolean afterIn(DocumentView view, NameMention m) {
    Sentence sentence = view.sentence(m.sentence());
    return m.tokenBegin() > 0
        && view.tokenText(sentence, m.tokenBegin() - 1).toLowerCase(Locale.ROOT).equals("in");
  }

  private static boolean beforePossessive(DocumentView view, NameMention m) {
    Sentence sentence = view.sentence(m.sentence());
    return m.tokenEnd() < sentence.tokens().size()
        && view.tokenText(sentence, m.tokenEnd()).startsWith("'");
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * Names of the world's towns and cities (GeoNames, {@value #RESOURCE}) turn NER's guesses into
 * cities:
 *
 * <ul>
 *   <li>a vague LOCATION whose name is a populated place is a city ("Piraeus", "Bungendore");
 *   <li>a person, organisation or misc mention right after "in" whose name is a place of at least
 *       {@value #MIN_POPULATION_IN_CONTEXT} people is a city ("based in Linköping", NER: PERSON),
 *       unless a possessive follows ("in Darwin's theory").
 * </ul>
 *
 * Never retyped: countries, territories, continents and regions the place gazetteer knows, a name
 * the same document also tags as a state or province ("Ontario", "Navarre"), and a name that begins
 * a longer place name of the document ("Bravo" beside "Bravo Province"), since many regions share
 * their name with a town.
 */
final class KnownSettlements implements MentionRepair {

  static final String RESOURCE = "org/newsgraph/resolve/settlements.tsv.gz";

  /** The smallest place whose name overrides a person or organisation guess after "in". */
  static final int MIN_POPULATION_IN_CONTEXT = 100_000;

  private static final Set<NerTag> GUESSES =
      Set.of(NerTag.PERSON, NerTag.ORGANIZATION, NerTag.MISC);

  private final PlaceGazetteer places;
  private final Map<String, Integer> populationByName;

  KnownSettlements(PlaceGazetteer places) {
    this(places, load());
  }

  KnownSettlements(PlaceGazetteer places, Map<String, Integer> populationByName) {
    this.places = places;
    this.populationByName = Map.copyOf(populationByName);
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> populations = new HashMap<>();
    for (String line : RuleFile.lines(RESOURCE)) {
      String[] columns = line.split("\t", -1);
      populations.put(columns[0], Integer.parseInt(columns[1]));
    }
    return populations;
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
    for (NameMention m : mentions) {
      out.add(isSettlement(view, m, regions) ? m.withNer(NerTag.CITY) : m);
    }
    return out;
  }

  private boolean isSettlement(DocumentView view, NameMention m, Set<String> regions) {
    Integer population = populationByName.get(m.text());
    if (population == null || regions.contains(m.text()) || knownPlace(m.text())) {
      return false;
    }
    if (m.ner() == NerTag.LOCATION) {
      return true;
    }
    return GUESSES.contains(m.ner())
        && population >= MIN_POPULATION_IN_CONTEXT
        && afterIn(view, m)
        && !beforePossessive(view, m);
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

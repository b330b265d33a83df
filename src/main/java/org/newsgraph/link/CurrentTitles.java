package org.newsgraph.link;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.SettlementNames;

/**
 * Writes a chosen article title the way Wikipedia titles the article now, where a general move of
 * Wikipedia's titles since the dictionary was made is known:
 *
 * <ul>
 *   <li>Romanian letters: titles once spelled with s and t with a cedilla ("Constanţa") are spelled
 *       with a comma below ("Constanța"). The cedilla t is not Turkish, so a title with it is
 *       Romanian; a title with only the cedilla s is changed when one of the entity's names is
 *       written with a comma below (the text spells it the Romanian way).
 *   <li>Towns titled "Town,_Region" that are the main meaning of their name ("Town" leads to this
 *       article in the dictionary with {@value #MAIN_MEANING} of its anchors or more) have moved to
 *       the bare title "Town", save in the regions of {@value #COMMA_REGIONS} (the United States,
 *       Canada and Japan keep "Town,_Region" by their naming conventions), except the U.S. cities
 *       of {@value #US_DATELINE_CITIES} (the AP Stylebook's dateline cities, which Wikipedia's
 *       convention titles by their name: "Baltimore", "Atlanta"). Only for a city that is a
 *       GeoNames town ({@link SettlementNames}).
 *   <li>Sovereign states and their capitals take their current titles ({@link StateTitles}):
 *       "Côte_d'Ivoire" as "Ivory_Coast", "Kiev" as "Kyiv", "Luxembourg_(city)" as
 *       "Luxembourg_City".
 * </ul>
 */
final class CurrentTitles {

  static final String COMMA_REGIONS = "org/newsgraph/link/comma-title-regions.txt";

  static final String US_DATELINE_CITIES = "org/newsgraph/link/us-dateline-cities.txt";

  /** The share of a town's name's anchors that make the town the main meaning of its name. */
  static final double MAIN_MEANING = 0.6;

  private final Set<String> commaRegions;
  private final Set<String> bareCities;
  private final SettlementNames towns;
  private final StateTitles states;

  /**
   * @param commaRegions regions whose towns keep "Town,_Region"
   * @param bareCities towns of those regions titled by their name all the same
   * @param towns the GeoNames towns
   */
  CurrentTitles(Set<String> commaRegions, Set<String> bareCities, SettlementNames towns) {
    this(commaRegions, bareCities, towns, new StateTitles(List.of()));
  }

  /**
   * @param commaRegions regions whose towns keep "Town,_Region"
   * @param bareCities towns of those regions titled by their name all the same
   * @param towns the GeoNames towns
   * @param states the current titles of the sovereign states and their capitals
   */
  CurrentTitles(
      Set<String> commaRegions, Set<String> bareCities, SettlementNames towns, StateTitles states) {
    this.commaRegions = Set.copyOf(commaRegions);
    this.bareCities = Set.copyOf(bareCities);
    this.towns = towns;
    this.states = states;
  }

  /** The rules with the bundled region, city and state lists and GeoNames towns. */
  static CurrentTitles loadDefault() {
    return new CurrentTitles(
        new HashSet<>(RuleFile.lines(COMMA_REGIONS)),
        new HashSet<>(RuleFile.lines(US_DATELINE_CITIES)),
        SettlementNames.bundled(),
        StateTitles.loadDefault());
  }

  /**
   * The title as Wikipedia writes it now, as far as these rules know; the title itself otherwise.
   *
   * @param type the entity's type
   * @param title the chosen title
   * @param forms the entity's names
   * @param candidatesByKey the dictionary's candidates of the names' keys
   */
  String current(
      EntityType type,
      String title,
      List<String> forms,
      Map<String, List<LinkCandidate>> candidatesByKey) {
    String current = romanianCommas(title, forms);
    if (type == EntityType.CITY) {
      current = bareTown(current, forms, candidatesByKey);
    }
    return states.current(type, current, forms);
  }

  /** "Constanţa" as "Constanța"; "Iaşi" as "Iași" when a name is written "Iași". */
  static String romanianCommas(String title, List<String> forms) {
    boolean romanian =
        title.indexOf('ţ') >= 0
            || title.indexOf('Ţ') >= 0
            || forms.stream().anyMatch(CurrentTitles::hasCommaBelow);
    if (!romanian) {
      return title;
    }
    return title.replace('ş', 'ș').replace('Ş', 'Ș').replace('ţ', 'ț').replace('Ţ', 'Ț');
  }

  private static boolean hasCommaBelow(String text) {
    return text.indexOf('ș') >= 0
        || text.indexOf('Ș') >= 0
        || text.indexOf('ț') >= 0
        || text.indexOf('Ț') >= 0;
  }

  /** "Perth,_Western_Australia" as "Perth" when "Perth" mostly means it; see the class comment. */
  String bareTown(
      String title, List<String> forms, Map<String, List<LinkCandidate>> candidatesByKey) {
    int comma = title.indexOf(",_");
    if (comma <= 0 || !NameTokens.qualifier(title).isEmpty()) {
      return title;
    }
    String town = title.substring(0, comma);
    String region = title.substring(comma + 2).replace('_', ' ');
    if ((commaRegions.contains(region) && !bareCities.contains(town.replace('_', ' ')))
        || !towns.contains(town.replace('_', ' '))) {
      return title;
    }
    List<String> townWords = NameTokens.of(town);
    for (String form : forms) {
      if (!NameTokens.of(form).equals(townWords)) {
        continue;
      }
      for (String key : SurfaceForms.lookupKeys(form)) {
        for (LinkCandidate c : candidatesByKey.getOrDefault(key, List.of())) {
          if (c.title().equals(title) && c.score() >= MAIN_MEANING) {
            return town;
          }
        }
      }
    }
    return title;
  }
}

package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;

/**
 * Place names taken whole from general sources: sovereign states with their alternative names and
 * capitals ({@code countries.tsv}), non-sovereign territories ({@code territories.txt}), continents
 * and oceans ({@code regions.txt}) and CoreNLP's demonym table ({@code
 * edu/stanford/nlp/models/dcoref/demonyms.txt} in the models jar). Lookups use {@link NameKey}
 * normal forms. Immutable once loaded.
 */
final class PlaceGazetteer {

  private static final String FOLDER = "/org/newsgraph/resolve/";
  private static final String DEMONYMS = "/edu/stanford/nlp/models/dcoref/demonyms.txt";

  private final Map<String, String> countryByKey;
  private final Map<String, String> capitals;
  private final Map<String, String> territories;
  private final Map<String, String> regions;
  private final Map<String, String> countryByDemonym;

  private PlaceGazetteer(
      Map<String, String> countryByKey,
      Map<String, String> capitals,
      Map<String, String> territories,
      Map<String, String> regions,
      Map<String, String> countryByDemonym) {
    this.countryByKey = Map.copyOf(countryByKey);
    this.capitals = Map.copyOf(capitals);
    this.territories = Map.copyOf(territories);
    this.regions = Map.copyOf(regions);
    this.countryByDemonym = Map.copyOf(countryByDemonym);
  }

  /** Loads the bundled lists from the classpath. */
  static PlaceGazetteer loadDefault() {
    Map<String, String> countryByKey = new HashMap<>();
    Map<String, String> capitals = new HashMap<>();
    for (String line : RuleFile.lines(FOLDER + "countries.tsv")) {
      String[] columns = line.split("\t", -1);
      String name = columns[0].strip();
      countryByKey.put(NameKey.of(name), name);
      for (String alternative : split(columns, 1)) {
        countryByKey.put(NameKey.of(alternative), name);
      }
      for (String capital : split(columns, 2)) {
        capitals.putIfAbsent(NameKey.of(capital), name);
      }
    }
    Map<String, String> territories = names(RuleFile.lines(FOLDER + "territories.txt"));
    territories.keySet().forEach(countryByKey::remove);
    Map<String, String> regions = names(RuleFile.lines(FOLDER + "regions.txt"));
    return new PlaceGazetteer(countryByKey, capitals, territories, regions, demonyms(countryByKey));
  }

  /** Demonym forms mapped to the one sovereign state they name; ambiguous forms are left out. */
  private static Map<String, String> demonyms(Map<String, String> countryByKey) {
    Map<String, Set<String>> places = new HashMap<>();
    for (String line : RuleFile.lines(DEMONYMS)) {
      String[] columns = line.split("\t");
      String country = countryByKey.get(NameKey.of(columns[0]));
      if (country == null) {
        continue;
      }
      for (int i = 1; i < columns.length; i++) {
        String form = NameKey.of(columns[i]);
        if (!form.isEmpty()) {
          places.computeIfAbsent(form, k -> new HashSet<>()).add(country);
        }
      }
    }
    Map<String, String> result = new HashMap<>();
    places.forEach(
        (form, countries) -> {
          if (countries.size() == 1) {
            result.put(form, countries.iterator().next());
          }
        });
    return result;
  }

  private static List<String> split(String[] columns, int index) {
    if (columns.length <= index || columns[index].isBlank()) {
      return List.of();
    }
    return List.of(columns[index].split("\\|")).stream().map(String::strip).toList();
  }

  /** Each name's key mapped to the first name of its line. */
  private static Map<String, String> names(List<String> lines) {
    Map<String, String> names = new HashMap<>();
    for (String line : lines) {
      String[] alternatives = line.split("\\|");
      for (String name : alternatives) {
        names.put(NameKey.of(name), alternatives[0].strip());
      }
    }
    return names;
  }

  /** The standard name of the sovereign state this name or alternative name stands for. */
  Optional<String> country(String name) {
    String key = NameKey.of(name);
    String country = countryByKey.get(key);
    if (country == null) {
      for (String form : OFFICIAL_FORMS) {
        if (key.startsWith(form + " of ")) {
          country = countryByKey.get(NameKey.of(key.substring(form.length() + " of ".length())));
          break;
        }
      }
    }
    return Optional.ofNullable(country);
  }

  /** Official-name forms ("republic", "kingdom"...) as name keys, longest first. */
  private static final List<String> OFFICIAL_FORMS =
      RuleFile.lines(FOLDER + "official-forms.txt").stream()
          .map(NameKey::of)
          .sorted(java.util.Comparator.comparingInt(String::length).reversed())
          .toList();

  /** The sovereign state a demonym ("Chilean", "South African") refers to, when unambiguous. */
  Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(countryByDemonym.get(NameKey.of(word)));
  }

  /** Whether the name is a national capital. */
  boolean isCapital(String name) {
    return capitals.containsKey(NameKey.of(name));
  }

  /** The sovereign state whose capital the name is ("Ottawa" gives "Canada"). */
  Optional<String> countryOfCapital(String name) {
    return Optional.ofNullable(capitals.get(NameKey.of(name)));
  }

  /** The standard name of the non-sovereign territory this name stands for. */
  Optional<String> territory(String name) {
    return Optional.ofNullable(territories.get(NameKey.of(name)));
  }

  /** The standard name of the continent or ocean this name stands for. */
  Optional<String> region(String name) {
    return Optional.ofNullable(regions.get(NameKey.of(name)));
  }

  /** Whether a word (or words) qualifies a name by nation: a country name or a demonym. */
  boolean isNationQualifier(String words) {
    String key = NameKey.of(words);
    return countryByKey.containsKey(key) || countryByDemonym.containsKey(key);
  }
}

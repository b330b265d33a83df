package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Initials;

/**
 * The resolver's list of sovereign states ({@value #COUNTRIES}: standard names, alternative names,
 * capitals), as the linker uses it: a country's longer official forms that contain its name
 * ("Ireland": "Republic of Ireland", the title of the state's article, while "Ireland" is the
 * island's), and the country of a capital (a dateline "LISBON, March 28 -" places the story in
 * Portugal). Immutable.
 */
final class CountryNames {

  static final String COUNTRIES = "org/newsgraph/resolve/countries.tsv";

  private final Map<String, List<String>> alternativesByName;
  private final Capitals capitals;

  /**
   * @param alternativesByName each state's alternative names, by its standard name
   * @param capitals the states' capitals
   */
  CountryNames(Map<String, List<String>> alternativesByName, Capitals capitals) {
    this.alternativesByName = Map.copyOf(alternativesByName);
    this.capitals = capitals;
  }

  /** The bundled list. */
  static CountryNames loadDefault() {
    Map<String, List<String>> alternatives = new HashMap<>();
    for (String line : RuleFile.lines(COUNTRIES)) {
      String[] columns = line.split("\t", -1);
      List<String> names = new ArrayList<>();
      if (columns.length > 1 && !columns[1].isBlank()) {
        for (String name : columns[1].split("\\|")) {
          names.add(name.strip());
        }
      }
      alternatives.put(columns[0].strip(), List.copyOf(names));
    }
    return new CountryNames(alternatives, Capitals.loadDefault());
  }

  /**
   * The alternative names of the state whose standard name is {@code name} that contain all its
   * words and are no acronyms ("Republic of Ireland" for "Ireland"). None when the name is part of
   * another state's standard name ("Congo", "Sudan", "Guinea"): the short name may then mean either
   * state.
   */
  List<String> longFormsOf(String name) {
    List<String> alternatives = alternativesByName.get(name);
    if (alternatives == null) {
      return List.of();
    }
    if (isPartOfAnother(name)) {
      return List.of();
    }
    List<String> forms = new ArrayList<>();
    for (String alternative : alternatives) {
      if (!Initials.isAcronym(alternative)
          && !alternative.equals(name)
          && NameTokens.containsWords(alternative, name)) {
        forms.add(alternative);
      }
    }
    return List.copyOf(forms);
  }

  /**
   * The standard name of the state that has this name as its standard name or one of its
   * alternative names ("UK" gives "United Kingdom"); empty for another name.
   */
  Optional<String> standardNameOf(String name) {
    if (alternativesByName.containsKey(name)) {
      return Optional.of(name);
    }
    for (Map.Entry<String, List<String>> state : alternativesByName.entrySet()) {
      if (state.getValue().contains(name)) {
        return Optional.of(state.getKey());
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the state's standard name is part of another state's standard name ("Sudan" of "South
   * Sudan", "Congo", "Guinea"): the short name may mean either state, or the larger state before
   * the other split from it.
   */
  boolean isPartOfAnother(String name) {
    for (String other : alternativesByName.keySet()) {
      if (!other.equals(name) && NameTokens.containsWords(other, name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the name is a state's standard name ("Luxembourg"). */
  boolean isCountry(String name) {
    return alternativesByName.containsKey(name);
  }

  /** The standard name of the state whose capital this is ("LISBON" gives "Portugal"). */
  Optional<String> countryOfCapital(String city) {
    return capitals.countryOf(city);
  }
}

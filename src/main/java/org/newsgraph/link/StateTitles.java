package org.newsgraph.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.EntityType;

/**
 * The current Wikipedia titles of the sovereign states and their capitals ({@value #RESOURCE}), for
 * articles moved since the dictionary was made ("Côte_d'Ivoire" is now "Ivory_Coast", "Kiev"
 * "Kyiv"). A country keeps its chosen article and takes the state's current title when one of its
 * names is the state's name and the chosen title is the state's article written another way: the
 * same words, or words that differ only in their endings ("Southern_Sudan"), with no comma and no
 * qualifier but "(country)". A city does the same with a capital: one of its names is the capital's
 * name (or its title's words), and the chosen title is the capital's name or another name of the
 * state's capital ("Kiev" for "Kyiv"), in words that may differ in their endings ("Berne"), with no
 * comma and no qualifier but "(city)", or the capital's current title itself. A title that is
 * another article ("Holy_See" for the entity also named "Vatican City",
 * "Victoria,_British_Columbia" for a "Victoria") is kept. Immutable.
 */
final class StateTitles {

  static final String RESOURCE = "org/newsgraph/link/state-titles.tsv";

  private static final int STEM_LENGTH = 4;

  private static final Set<String> COUNTRY_QUALIFIERS = Set.of("", "country");

  private static final Set<String> CITY_QUALIFIERS = Set.of("", "city", "capital");

  /**
   * One state.
   *
   * @param name its standard name
   * @param title its article's current title
   * @param capitals its capitals' current titles, by the capitals' names
   */
  record State(String name, String title, Map<String, String> capitals) {
    State {
      capitals = Map.copyOf(capitals);
    }
  }

  private final List<State> states;

  /**
   * @param states the states
   */
  StateTitles(List<State> states) {
    this.states = List.copyOf(states);
  }

  /** The bundled table. */
  static StateTitles loadDefault() {
    List<State> states = new ArrayList<>();
    for (String line : RuleFile.lines(RESOURCE)) {
      String[] columns = line.split("\t", -1);
      if (columns.length != 3) {
        throw new IllegalStateException("Bad line in " + RESOURCE + ": '" + line + "'");
      }
      Map<String, String> capitals = new LinkedHashMap<>();
      for (String capital : columns[2].split("\\|")) {
        int eq = capital.indexOf('=');
        if (eq > 0) {
          capitals.put(capital.substring(0, eq), capital.substring(eq + 1));
        }
      }
      states.add(new State(columns[0], columns[1], capitals));
    }
    return new StateTitles(states);
  }

  /**
   * The state's or the capital's current title when the chosen title is its article; the title
   * itself otherwise.
   *
   * @param type the entity's type (only a country and a city are changed)
   * @param title the chosen title
   * @param forms the entity's names
   */
  String current(EntityType type, String title, List<String> forms) {
    if (type == EntityType.COUNTRY) {
      return currentState(title, forms);
    }
    return type == EntityType.CITY ? currentCapital(title, forms) : title;
  }

  private String currentState(String title, List<String> forms) {
    if (title.indexOf(',') >= 0 || !COUNTRY_QUALIFIERS.contains(NameTokens.qualifier(title))) {
      return title;
    }
    List<String> words = NameTokens.of(NameTokens.mainPart(title));
    for (State state : states) {
      List<String> name = NameTokens.of(state.name());
      if (isNamed(forms, name)
          && (sameWords(words, name)
              || words.equals(NameTokens.of(NameTokens.mainPart(state.title()))))) {
        return state.title();
      }
    }
    return title;
  }

  private String currentCapital(String title, List<String> forms) {
    List<String> all = NameTokens.of(title);
    boolean plain = title.indexOf(',') < 0 && CITY_QUALIFIERS.contains(NameTokens.qualifier(title));
    for (State state : states) {
      for (Map.Entry<String, String> capital : state.capitals().entrySet()) {
        List<String> current = NameTokens.of(capital.getValue());
        if (!isNamed(forms, NameTokens.of(capital.getKey())) && !isNamed(forms, current)) {
          continue;
        }
        if (all.equals(current) || plain && isCapitalName(state, all)) {
          return capital.getValue();
        }
      }
    }
    return title;
  }

  /** Whether the words are one of the state's capitals' names or titles, endings aside. */
  private static boolean isCapitalName(State state, List<String> words) {
    for (Map.Entry<String, String> capital : state.capitals().entrySet()) {
      if (sameWords(words, NameTokens.of(capital.getKey()))
          || sameWords(words, NameTokens.of(capital.getValue()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamed(List<String> forms, List<String> name) {
    return forms.stream().anyMatch(form -> NameTokens.of(form).equals(name));
  }

  /** The same words, in order; words of four letters or more may differ in their endings. */
  static boolean sameWords(List<String> a, List<String> b) {
    if (a.isEmpty() || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).equals(b.get(i)) && !sameStem(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameStem(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = a.length() <= b.length() ? b : a;
    return shorter.length() >= STEM_LENGTH && longer.startsWith(shorter);
  }
}

package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.newsgraph.annotate.RuleFile;

/**
 * The names of the world's towns and cities with their populations, from GeoNames' cities500
 * ({@value #RESOURCE}, made by {@code scripts/data/settlements.py}; names of states and provinces
 * are left out below a million people). The bundled table is read once per process, on first use,
 * and shared: the resolver types places with it and the linker trusts a city's own article with it.
 */
public final class SettlementNames {

  static final String RESOURCE = "org/newsgraph/resolve/settlements.tsv.gz";

  private final Map<String, Integer> populationByName;
  private final Map<String, Integer> populationByFoldedName;

  /**
   * @param populationByName population by exact name
   */
  SettlementNames(Map<String, Integer> populationByName) {
    this.populationByName = Map.copyOf(populationByName);
    Map<String, Integer> folded = new HashMap<>();
    populationByName.forEach(
        (name, population) -> {
          String bare = fold(name);
          if (!bare.equals(name)) {
            folded.merge(bare, population, Math::max);
          }
        });
    this.populationByFoldedName = Map.copyOf(folded);
  }

  /** The bundled table (read on the first call; immutable). */
  public static SettlementNames bundled() {
    return Bundled.INSTANCE;
  }

  /**
   * Whether a town or city has exactly this name (case and accents count; see {@link #population}).
   */
  public boolean contains(String name) {
    return populationByName.containsKey(name);
  }

  /**
   * The population of the largest place with this name, if any: written exactly so, else written
   * with other accents or none (only a table name with accents of its own answers: the table keeps
   * the plain spelling of a town whose accented name it leaves out as a state's, "Parana" beside no
   * "Paraná") ("Timișoara" with a comma below for GeoNames' "Timişoara" with a cedilla), else, for
   * a name written in plain letters, in the usual transliteration of a letter with an umlaut or a
   * ring ("Moenchengladbach" for "Mönchengladbach", "Aalesund" for "Ålesund").
   */
  public OptionalInt population(String name) {
    Integer population = populationByName.get(name);
    if (population == null) {
      population = populationByFoldedName.get(fold(name));
    }
    if (population == null && PLAIN.matcher(name).matches()) {
      population = populationByFoldedName.get(fold(untransliterated(name)));
    }
    return population == null ? OptionalInt.empty() : OptionalInt.of(population);
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z .'-]+");

  /** The name without accents, in the letters of the ASCII spelling GeoNames gives. */
  static String fold(String name) {
    String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return bare.replace("ł", "l")
        .replace("Ł", "L")
        .replace("ø", "o")
        .replace("Ø", "O")
        .replace("đ", "d")
        .replace("Đ", "D")
        .replace("ı", "i")
        .replace("ß", "ss");
  }

  /**
   * The name with the two-letter transliterations of umlauts and rings (German ae/oe/ue, Danish and
   * Norwegian aa) as the bare vowel, which is how the folded name of "Mön-" or "Åle-" reads.
   */
  private static String untransliterated(String name) {
    return name.replace("ue", "u")
        .replace("oe", "o")
        .replace("ae", "a")
        .replace("aa", "a")
        .replace("Ue", "U")
        .replace("Oe", "O")
        .replace("Ae", "A")
        .replace("Aa", "A");
  }

  private static Map<String, Integer> load() {
    Map<String, Integer> populations = new HashMap<>();
    for (String line : RuleFile.lines(RESOURCE)) {
      String[] columns = line.split("\t", -1);
      populations.put(columns[0], Integer.parseInt(columns[1]));
    }
    return populations;
  }

  /** Holds the bundled table; the JVM loads it once, when {@link #bundled()} is first called. */
  private static final class Bundled {
    static final SettlementNames INSTANCE = new SettlementNames(load());
  }
}

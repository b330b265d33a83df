package org.newsgraph.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;
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

  /**
   * @param populationByName population by exact name
   */
  SettlementNames(Map<String, Integer> populationByName) {
    this.populationByName = Map.copyOf(populationByName);
  }

  /** The bundled table (read on the first call; immutable). */
  public static SettlementNames bundled() {
    return Bundled.INSTANCE;
  }

  /** Whether a town or city has exactly this name (case and accents count). */
  public boolean contains(String name) {
    return populationByName.containsKey(name);
  }

  /** The population of the largest place with exactly this name, if any. */
  public OptionalInt population(String name) {
    Integer population = populationByName.get(name);
    return population == null ? OptionalInt.empty() : OptionalInt.of(population);
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

package org.newsgraph.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.KeyValueSettings;

/**
 * How {@link WikipediaLinker} links entities to English Wikipedia. Immutable; build it with {@link
 * #defaults()} or {@link #fromMap(Map)}, which rejects unknown keys.
 *
 * <p>The dictionary gives, for a surface form, the probability that it names a given article. Each
 * of an entity's usable names votes for its article with that probability; the article with the
 * most votes wins if it is probable enough and clearly ahead of the runner-up.
 *
 * @param enabled link at all; when false, {@link WikipediaLinker#link} returns the corpus as it is
 *     and never reads the dictionary
 * @param minScore the least combined probability ({@code 1 - prod(1 - p)} over the names that
 *     agree) the chosen article needs, in [0, 1]
 * @param minMargin the least lead, in summed probability, the chosen article needs over the next
 *     best article, in [0, 1]
 * @param minScoreFullName the least combined probability for a place (neither a country nor a city)
 *     whose article title is its name followed by more words ("Caspian" and "Caspian_Sea"): the
 *     title itself is evidence that the short name means this article, in [0, 1]
 * @param minScoreInContext the least combined probability for an organisation, a city or a place
 *     whose article title names a place that its stories name and that was linked ({@link
 *     NamedPlaces}: "Ministry_of_Defence_(United_Kingdom)" in a story that names the United
 *     Kingdom), in [0, 1]
 */
public record LinkSettings(
    boolean enabled,
    double minScore,
    double minMargin,
    double minScoreFullName,
    double minScoreInContext) {

  /** Setting names accepted by {@link #fromMap(Map)}. */
  public static final List<String> KEYS =
      List.of("enabled", "minScore", "minMargin", "minScoreFullName", "minScoreInContext");

  private static final String KIND = "link";
  private static final String PROBABILITY = "a number between 0 and 1";

  /** Validates the values. */
  public LinkSettings {
    requireProbability("minScore", minScore);
    requireProbability("minMargin", minMargin);
    requireProbability("minScoreFullName", minScoreFullName);
    requireProbability("minScoreInContext", minScoreInContext);
  }

  /**
   * Linking on; an article needs probability 0.7 (0.5 for a place whose title is its full name) and
   * a lead of 0.25 over the next one.
   */
  public static LinkSettings defaults() {
    return new LinkSettings(true, 0.7, 0.25, 0.5, 0.25);
  }

  /** The defaults with linking turned off. */
  public static LinkSettings disabled() {
    LinkSettings d = defaults();
    return new LinkSettings(
        false, d.minScore(), d.minMargin(), d.minScoreFullName(), d.minScoreInContext());
  }

  /**
   * Reads settings from text key/value pairs (e.g. command-line {@code --link key=value}). Keys not
   * given keep their {@link #defaults()} value.
   *
   * @throws IllegalArgumentException naming the key when a key is unknown or a value is invalid
   */
  public static LinkSettings fromMap(Map<String, String> values) {
    KeyValueSettings settings = KeyValueSettings.read(KIND, KEYS, values);
    LinkSettings d = defaults();
    return new LinkSettings(
        settings.bool("enabled", d.enabled()),
        settings.number("minScore", d.minScore(), PROBABILITY),
        settings.number("minMargin", d.minMargin(), PROBABILITY),
        settings.number("minScoreFullName", d.minScoreFullName(), PROBABILITY),
        settings.number("minScoreInContext", d.minScoreInContext(), PROBABILITY));
  }

  /** The settings as text key/value pairs, the inverse of {@link #fromMap(Map)}. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("enabled", Boolean.toString(enabled));
    map.put("minScore", Double.toString(minScore));
    map.put("minMargin", Double.toString(minMargin));
    map.put("minScoreFullName", Double.toString(minScoreFullName));
    map.put("minScoreInContext", Double.toString(minScoreInContext));
    return map;
  }

  private static void requireProbability(String key, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw KeyValueSettings.invalid(KIND, key, "must be between 0 and 1; got " + value);
    }
  }
}

package org.newsgraph.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The places that an entity's stories name and that were linked: countries, cities and other places
 * with an article, mentioned in a document that mentions the entity. They confirm a doubtful
 * article whose title names its place: "Ministry_of_Defence_(United_Kingdom)" in a story that names
 * the United Kingdom, "Albany,_New_York" in a story that names New York (see {@link #confirms}).
 * The dictionary's most likely article and the story then agree on the place, two signs that do not
 * depend on each other. Immutable.
 */
final class NamedPlaces {

  private final Map<String, Set<String>> docsByEntity;
  private final Map<String, Set<String>> placesByDoc;
  private final CountryNames countries;

  private NamedPlaces(
      Map<String, Set<String>> docsByEntity,
      Map<String, Set<String>> placesByDoc,
      CountryNames countries) {
    this.docsByEntity = docsByEntity;
    this.placesByDoc = placesByDoc;
    this.countries = countries;
  }

  /**
   * @param entities the corpus's entities, places among them with their titles when linked
   * @param mentions every mention of the corpus
   * @param countries the states' names, so that "UK" in a title and a linked "United_Kingdom" agree
   */
  static NamedPlaces of(
      List<Entity> entities, List<ResolvedMention> mentions, CountryNames countries) {
    Map<String, String> placeTitles = new HashMap<>();
    for (Entity entity : entities) {
      if (entity.type() != EntityType.PERSON && entity.type() != EntityType.ORGANIZATION) {
        entity.wikipediaTitle().ifPresent(title -> placeTitles.put(entity.id(), title));
      }
    }
    Map<String, Set<String>> docs = new HashMap<>();
    Map<String, Set<String>> places = new HashMap<>();
    for (ResolvedMention mention : mentions) {
      docs.computeIfAbsent(mention.entityId(), k -> new HashSet<>()).add(mention.docId());
      String title = placeTitles.get(mention.entityId());
      if (title != null) {
        Set<String> named = places.computeIfAbsent(mention.docId(), k -> new HashSet<>());
        named.add(title.replace('_', ' '));
        countries.standardNameOf(title.replace('_', ' ')).ifPresent(named::add);
      }
    }
    return new NamedPlaces(docs, places, countries);
  }

  /**
   * Whether the title names a place that is linked and mentioned in one of the entity's documents:
   * an organisation's title by its qualifier ({@link #qualifierOf}: "Socialist_Party_(France)"), a
   * city's or a place's by its part after a comma ({@link #commaRegionOf}: "Albany,_New_York"). Not
   * a place's qualifier: Wikipedia titles namesake towns and counties with a comma, and a place's
   * qualifier is mostly its kind, or a 2016 form since renamed ({@code Victoria_(Australia)}, now
   * {@code Victoria_(state)}). A town's title confirms only by a region that is no sovereign state
   * ("Albany,_New_York", not "Valencia,_Spain"): Wikipedia has since titled many such towns by
   * their name alone, or by their new state ("Juba,_Sudan", now {@code Juba}). An organisation's
   * qualifier confirms by a state whose name is not part of another state's ({@link
   * CountryNames#isPartOfAnother}: "Sudan", "Congo"). Other types: false.
   */
  boolean confirms(String entityId, EntityType type, String title) {
    Optional<String> region =
        switch (type) {
          case ORGANIZATION -> qualifierOf(title);
          case CITY, PLACE -> commaRegionOf(title);
          default -> Optional.empty();
        };
    if (region.isEmpty()) {
      return false;
    }
    String name = region.get();
    Optional<String> standard = countries.standardNameOf(name);
    if (standard.isPresent()
        && (type != EntityType.ORGANIZATION || countries.isPartOfAnother(standard.get()))) {
      return false;
    }
    for (String doc : docsByEntity.getOrDefault(entityId, Set.of())) {
      Set<String> named = placesByDoc.getOrDefault(doc, Set.of());
      if (named.contains(name) || standard.map(named::contains).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A title's parenthesised qualifier, with spaces ("Ministry_of_Defence_(United_Kingdom)" gives
   * "United Kingdom"): how Wikipedia titles a national body whose name other countries' bodies
   * share. Empty when it has none.
   */
  static Optional<String> qualifierOf(String title) {
    String t = title.strip();
    int open = t.lastIndexOf('(');
    return t.endsWith(")") && open > 0
        ? nonEmpty(t.substring(open + 1, t.length() - 1))
        : Optional.empty();
  }

  /**
   * A title's part after its last comma, with spaces ("Albany,_New_York" gives "New York"): how
   * Wikipedia titles a town or a county that shares its name with others. Empty when it has no
   * comma, or ends with a qualifier.
   */
  static Optional<String> commaRegionOf(String title) {
    String t = title.strip();
    int comma = t.lastIndexOf(',');
    return comma > 0 && !t.endsWith(")") ? nonEmpty(t.substring(comma + 1)) : Optional.empty();
  }

  private static Optional<String> nonEmpty(String part) {
    String name = part.replace('_', ' ').strip();
    return name.isEmpty() ? Optional.empty() : Optional.of(name);
  }
}

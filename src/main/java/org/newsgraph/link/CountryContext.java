package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * What the linked entities around an entity say about it. Its country: a linked country named just
 * before one of its mentions ("Brazil's Ministry of Foreign Affairs", "South Africa National
 * Assembly"), when all such countries agree; a national body with a generic name is the one of that
 * country. The country most often named in its documents is not used: a story about one country's
 * parliament may name the country its troops are in more often. And whether a name is a state's or
 * a province's: an entity linked in the same documents is titled "Place,_Name" ("Atlanta,
 * Georgia"), so a country of that name ("Georgia") is likely the state.
 */
final class CountryContext {

  /** The most characters between a country's mention and the entity's ("'s "). */
  private static final int MAX_GAP = 3;

  private final Map<String, String> countryTitles;
  private final Map<String, String> linkedTitles;
  private final Map<String, List<ResolvedMention>> mentionsByEntity;
  private final Map<String, List<ResolvedMention>> countryMentionsByDoc;

  private CountryContext(
      Map<String, String> countryTitles,
      Map<String, String> linkedTitles,
      Map<String, List<ResolvedMention>> mentionsByEntity,
      Map<String, List<ResolvedMention>> countryMentionsByDoc) {
    this.countryTitles = countryTitles;
    this.linkedTitles = linkedTitles;
    this.mentionsByEntity = mentionsByEntity;
    this.countryMentionsByDoc = countryMentionsByDoc;
  }

  /**
   * @param entities the entities, countries among them with their titles when linked
   * @param mentions every mention of the corpus
   */
  static CountryContext of(List<Entity> entities, List<ResolvedMention> mentions) {
    Map<String, String> titles = new HashMap<>();
    Map<String, String> linked = new HashMap<>();
    for (Entity entity : entities) {
      entity.wikipediaTitle().ifPresent(title -> linked.put(entity.id(), title));
      if (entity.type() == EntityType.COUNTRY) {
        entity.wikipediaTitle().ifPresent(title -> titles.put(entity.id(), title));
      }
    }
    Map<String, List<ResolvedMention>> byEntity = new HashMap<>();
    Map<String, List<ResolvedMention>> countriesByDoc = new HashMap<>();
    for (ResolvedMention mention : mentions) {
      byEntity.computeIfAbsent(mention.entityId(), k -> new ArrayList<>()).add(mention);
      if (titles.containsKey(mention.entityId())) {
        countriesByDoc.computeIfAbsent(mention.docId(), k -> new ArrayList<>()).add(mention);
      }
    }
    return new CountryContext(titles, linked, byEntity, countriesByDoc);
  }

  /** The title of the entity's country ("United_Kingdom"), when the text makes it clear. */
  Optional<String> countryOf(String entityId) {
    List<ResolvedMention> own = mentionsByEntity.getOrDefault(entityId, List.of());
    Set<String> named = new LinkedHashSet<>();
    for (ResolvedMention mention : own) {
      for (ResolvedMention country :
          countryMentionsByDoc.getOrDefault(mention.docId(), List.of())) {
        int gap = mention.begin() - country.end();
        if (gap >= 0 && gap <= MAX_GAP && country.sentence() == mention.sentence()) {
          named.add(countryTitles.get(country.entityId()));
        }
      }
    }
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  /**
   * Whether an entity linked in the entity's documents has a title "Place,_Name": the name is then
   * likely a state's or a province's in the story ("Atlanta,_Georgia").
   */
  boolean namesTheRegionOfALinkedPlace(String entityId, String name) {
    String suffix = ",_" + name.strip().replace(' ', '_');
    Set<String> docs = new HashSet<>();
    for (ResolvedMention mention : mentionsByEntity.getOrDefault(entityId, List.of())) {
      docs.add(mention.docId());
    }
    for (Map.Entry<String, String> linked : linkedTitles.entrySet()) {
      if (linked.getValue().endsWith(suffix)) {
        for (ResolvedMention mention : mentionsByEntity.getOrDefault(linked.getKey(), List.of())) {
          if (docs.contains(mention.docId())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}

package org.newsgraph.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.Initials;
import org.newsgraph.resolve.ResolvedMention;
import org.newsgraph.resolve.SettlementNames;

/**
 * The regions a place's stories name, for telling namesake towns apart: Wikipedia titles a town
 * that shares its name with others "Town,_Region" ("Halifax,_Nova_Scotia", "Split,_Croatia"), and
 * the dictionary has the key "Town, Region" for it. A region is a country or a place (a state, a
 * province, a county) that the corpus names, linked or not. The regions written right after the
 * place ("Raleigh, North Carolina": a region's mention in the same sentence, at most {@value
 * #MAX_GAP} characters after the place's) say which town the text means; the other regions of its
 * sentences only suggest it, and are used only for a place left without an article. Regions
 * elsewhere in its stories are not used: a story that names many countries gives keys such as
 * "Washington, United States", which the dictionary sends to the state. Immutable.
 */
final class RegionContext {

  /** The most characters between a place's mention and its region's (", "). */
  private static final int MAX_GAP = 2;

  private final Map<String, List<ResolvedMention>> mentionsByEntity;
  private final Map<String, List<ResolvedMention>> regionMentionsByDoc;
  private final Map<String, Set<String>> regionNames;

  private RegionContext(
      Map<String, List<ResolvedMention>> mentionsByEntity,
      Map<String, List<ResolvedMention>> regionMentionsByDoc,
      Map<String, Set<String>> regionNames) {
    this.mentionsByEntity = mentionsByEntity;
    this.regionMentionsByDoc = regionMentionsByDoc;
    this.regionNames = regionNames;
  }

  /**
   * @param entities the corpus's entities
   * @param mentions every mention of the corpus
   * @param formsById each entity's names to look up ({@link SurfaceForms}: no demonyms)
   */
  static RegionContext of(
      List<Entity> entities, List<ResolvedMention> mentions, Map<String, List<String>> formsById) {
    Map<String, Set<String>> names = new HashMap<>();
    for (Entity entity : entities) {
      if (isRegion(entity.type())) {
        Set<String> own = new LinkedHashSet<>();
        formsById.getOrDefault(entity.id(), List.of()).forEach(form -> addName(own, form));
        names.put(entity.id(), own);
      }
    }
    Map<String, List<ResolvedMention>> byEntity = new HashMap<>();
    Map<String, List<ResolvedMention>> regionsByDoc = new HashMap<>();
    for (ResolvedMention mention : mentions) {
      byEntity.computeIfAbsent(mention.entityId(), k -> new ArrayList<>()).add(mention);
      if (names.containsKey(mention.entityId())) {
        regionsByDoc.computeIfAbsent(mention.docId(), k -> new ArrayList<>()).add(mention);
      }
    }
    return new RegionContext(byEntity, regionsByDoc, names);
  }

  private static boolean isRegion(EntityType type) {
    return type == EntityType.COUNTRY || type == EntityType.PLACE;
  }

  /** A name that can stand after a town's: written out, not an acronym ("U.S.", "UK"). */
  private static void addName(Set<String> names, String name) {
    String form = name.strip().replaceAll("\\s+", " ");
    if (!form.isEmpty()
        && !Initials.isAcronym(form)
        && form.chars().anyMatch(Character::isLowerCase)) {
      names.add(form);
    }
  }

  /**
   * The regions written right after one of the place's mentions ("Cambridge, Massachusetts" gives
   * "Massachusetts"), as written, when that is one of the region's names.
   */
  Set<String> adjacentRegions(String entityId) {
    Set<String> regions = new LinkedHashSet<>();
    for (ResolvedMention mention : mentionsByEntity.getOrDefault(entityId, List.of())) {
      for (ResolvedMention region : regionMentionsByDoc.getOrDefault(mention.docId(), List.of())) {
        int gap = region.begin() - mention.end();
        if (!region.entityId().equals(entityId)
            && region.sentence() == mention.sentence()
            && gap >= 1
            && gap <= MAX_GAP) {
          addIfItsName(regions, region);
        }
      }
    }
    return regions;
  }

  /** Adds the region's mention as written when it is one of the region's names (not "Spanish"). */
  private void addIfItsName(Set<String> regions, ResolvedMention region) {
    String text = region.text().strip().replaceAll("\\s+", " ");
    for (String name : regionNames.get(region.entityId())) {
      if (name.equalsIgnoreCase(text)) {
        regions.add(text);
        return;
      }
    }
  }

  /**
   * The names of the regions named in the sentences of the place's mentions ("in Darwin, in
   * northern Australia"), the place itself left out: its names to look up, and its mentions as
   * written when they are one of them.
   */
  Set<String> regionsOfSentences(String entityId) {
    Set<String> regions = new LinkedHashSet<>();
    for (ResolvedMention mention : mentionsByEntity.getOrDefault(entityId, List.of())) {
      for (ResolvedMention region : regionMentionsByDoc.getOrDefault(mention.docId(), List.of())) {
        if (!region.entityId().equals(entityId) && region.sentence() == mention.sentence()) {
          regions.addAll(regionNames.get(region.entityId()));
          addIfItsName(regions, region);
        }
      }
    }
    return regions;
  }

  /**
   * The place's names with a region, "Name, Region", for a city or a place: with the regions
   * written right after it when there are some (these may replace the article its names gave);
   * else, when it has no article, with every region named in a sentence with it. Empty for other
   * types.
   */
  List<String> namesWithRegions(Entity entity, List<String> forms) {
    if (entity.type() != EntityType.CITY && entity.type() != EntityType.PLACE) {
      return List.of();
    }
    Set<String> regions = adjacentRegions(entity.id());
    if (regions.isEmpty() && entity.wikipediaTitle().isEmpty()) {
      regions = regionsOfSentences(entity.id());
    }
    List<String> names = new ArrayList<>();
    for (String form : forms) {
      if (Initials.isAcronym(form)) {
        continue;
      }
      for (String region : regions) {
        if (!NameTokens.of(form).containsAll(NameTokens.of(region))) {
          names.add(form + ", " + region);
        }
      }
    }
    return names;
  }

  /**
   * Whether the title is the town's: it starts with the words of one of its names
   * ("Halifax,_Nova_Scotia" for "Halifax"; "Zürich" for "Zurich"), so that a key "Town, Region"
   * that leads to the region's own article gives nothing; and a city's title that is just its name
   * is a town's in GeoNames ({@link SettlementNames}): "Washington, United States" leads to {@code
   * Washington}, the state's 2016 title, and "Washington" is no town's name there.
   */
  static boolean isTownTitle(
      EntityType type, String title, List<String> forms, SettlementNames towns) {
    List<String> words = NameTokens.of(title);
    for (String form : forms) {
      List<String> own = NameTokens.of(form);
      if (!own.isEmpty()
          && words.size() >= own.size()
          && words.subList(0, own.size()).equals(own)
          && (type != EntityType.CITY || words.size() > own.size() || towns.contains(form))) {
        return true;
      }
    }
    return false;
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolved corpus of a finished {@link Resolution}: the built entities and their mentions, and
 * the demonyms as mentions of their countries. A country named only by its demonym in a story
 * sentence, where the demonym takes its country's side ("Chilean general X"), becomes an entity.
 */
final class CorpusAssembler {

  private final PlaceGazetteer places;

  CorpusAssembler(PlaceGazetteer places) {
    this.places = places;
  }

  /** The entities and mentions, each sorted. */
  ResolvedCorpus assemble(Resolution resolution) {
    List<Entity> entities = new ArrayList<>();
    List<ResolvedMention> mentions = new ArrayList<>();
    Map<String, String> countryIds = new HashMap<>();
    Set<String> ids = new HashSet<>();
    for (EntityBuilder.Built entity : resolution.entities()) {
      entities.add(entity.entity());
      ids.add(entity.entity().id());
      if (entity.entity().type() == EntityType.COUNTRY) {
        countryIds.put(entity.entity().label(), entity.entity().id());
      }
      for (NameMention mention : entity.mentions()) {
        mentions.add(resolved(entity.entity().id(), mention));
      }
    }
    for (NameMention demonym : demonyms(resolution)) {
      DocumentView view = resolution.document(demonym.docId());
      String country = places.countryOfDemonym(demonym.text()).orElseThrow();
      String id = countryIds.get(country);
      boolean side = Demonyms.sidesWith(view, demonym);
      if (id == null && side && !view.isWeak(demonym.sentence())) {
        Entity entity = EntityBuilder.country(country, ids);
        entities.add(entity);
        id = entity.id();
        countryIds.put(country, id);
      }
      if (id != null) {
        mentions.add(resolved(id, demonym));
      }
    }
    entities.sort(Comparator.comparing(Entity::id));
    mentions.sort(
        Comparator.comparing(ResolvedMention::docId)
            .thenComparingInt(ResolvedMention::begin)
            .thenComparingInt(ResolvedMention::end)
            .thenComparing(ResolvedMention::entityId));
    return new ResolvedCorpus(entities, mentions);
  }

  private static List<NameMention> demonyms(Resolution resolution) {
    List<NameMention> demonyms = new ArrayList<>();
    for (NameMention mention : resolution.allMentions()) {
      if (mention.origin() == NameMention.Origin.DEMONYM) {
        demonyms.add(mention);
      }
    }
    demonyms.sort(NameMention.TEXT_ORDER);
    return demonyms;
  }

  private static ResolvedMention resolved(String entityId, NameMention mention) {
    return new ResolvedMention(
        entityId,
        mention.docId(),
        mention.sentence(),
        mention.begin(),
        mention.end(),
        mention.text());
  }
}

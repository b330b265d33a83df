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
 * Georgia"), so a country of that name ("Georgia") is likely the state. And the country of the
 * stories' dateline ("LISBON, March 28 -": a capital in capitals near the start), for an entity the
 * first decisions left without an article.
 */
final class CountryContext {

  /** The most characters between a country's mention and the entity's ("'s "). */
  private static final int MAX_GAP = 3;

  /** How far into a document a dateline may start (after the headline and a byline). */
  private static final int DATELINE_WITHIN = 400;

  private final Map<String, String> countryTitles;
  private final Map<String, String> linkedTitles;
  private final Map<String, List<ResolvedMention>> mentionsByEntity;
  private final Map<String, List<ResolvedMention>> countryMentionsByDoc;
  private final Map<String, String> datelineCountryByDoc;

  private CountryContext(
      Map<String, String> countryTitles,
      Map<String, String> linkedTitles,
      Map<String, List<ResolvedMention>> mentionsByEntity,
      Map<String, List<ResolvedMention>> countryMentionsByDoc,
      Map<String, String> datelineCountryByDoc) {
    this.countryTitles = countryTitles;
    this.linkedTitles = linkedTitles;
    this.mentionsByEntity = mentionsByEntity;
    this.countryMentionsByDoc = countryMentionsByDoc;
    this.datelineCountryByDoc = datelineCountryByDoc;
  }

  /**
   * @param entities the entities, countries among them with their titles when linked
   * @param mentions every mention of the corpus
   * @param countries the states and their capitals, for datelines
   */
  static CountryContext of(
      List<Entity> entities, List<ResolvedMention> mentions, CountryNames countries) {
    Map<String, String> titles = new HashMap<>();
    Map<String, String> linked = new HashMap<>();
    Set<String> cities = new HashSet<>();
    for (Entity entity : entities) {
      entity.wikipediaTitle().ifPresent(title -> linked.put(entity.id(), title));
      if (entity.type() == EntityType.COUNTRY) {
        entity.wikipediaTitle().ifPresent(title -> titles.put(entity.id(), title));
      } else if (entity.type() == EntityType.CITY) {
        cities.add(entity.id());
      }
    }
    Map<String, List<ResolvedMention>> byEntity = new HashMap<>();
    Map<String, List<ResolvedMention>> countriesByDoc = new HashMap<>();
    Map<String, ResolvedMention> datelines = new HashMap<>();
    for (ResolvedMention mention : mentions) {
      byEntity.computeIfAbsent(mention.entityId(), k -> new ArrayList<>()).add(mention);
      if (titles.containsKey(mention.entityId())) {
        countriesByDoc.computeIfAbsent(mention.docId(), k -> new ArrayList<>()).add(mention);
      }
      if (cities.contains(mention.entityId()) && isDateline(mention)) {
        datelines.merge(mention.docId(), mention, (a, b) -> a.begin() <= b.begin() ? a : b);
      }
    }
    Map<String, String> datelineCountries = new HashMap<>();
    datelines.forEach(
        (doc, city) ->
            countries
                .countryOfCapital(city.text())
                .ifPresent(country -> datelineCountries.put(doc, country)));
    return new CountryContext(titles, linked, byEntity, countriesByDoc, datelineCountries);
  }

  /**
   * Whether a city's mention looks like a dateline's: near the start of the document and in
   * capitals ("LISBON, March 28 -"), as news agencies write it.
   */
  private static boolean isDateline(ResolvedMention mention) {
    String text = mention.text();
    return mention.begin() < DATELINE_WITHIN
        && text.codePoints().filter(Character::isLetter).count() >= 3
        && text.codePoints().noneMatch(Character::isLowerCase);
  }

  /**
   * The standard name of the country whose capital is the dateline of every document of the entity
   * that has one ("Portugal" for "LISBON, March 28 -"), when they agree; empty when none has one. A
   * weaker sign than a country named before the entity: used only for an entity left without an
   * article.
   */
  Optional<String> datelineCountryOf(String entityId) {
    Set<String> countries = new HashSet<>();
    for (ResolvedMention mention : mentionsByEntity.getOrDefault(entityId, List.of())) {
      String country = datelineCountryByDoc.get(mention.docId());
      if (country != null) {
        countries.add(country);
      }
    }
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }

  /**
   * The countries the entity's documents name (the titles of linked countries mentioned in them,
   * with spaces: "United Kingdom") and their datelines' countries (standard names).
   */
  Set<String> countriesAround(String entityId) {
    Set<String> countries = new HashSet<>();
    for (ResolvedMention mention : mentionsByEntity.getOrDefault(entityId, List.of())) {
      for (ResolvedMention country :
          countryMentionsByDoc.getOrDefault(mention.docId(), List.of())) {
        countries.add(countryTitles.get(country.entityId()).replace('_', ' '));
      }
      String dateline = datelineCountryByDoc.get(mention.docId());
      if (dateline != null) {
        countries.add(dateline);
      }
    }
    return countries;
  }

  /** The title of the entity's country ("United_Kingdom"), when the text makes it clear. */
  Optional<String> countryOf(String entityId) {
    Set<String> named = countriesNamedBefore(entityId);
    return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
  }

  /**
   * The titles of the linked countries named just before one of the entity's mentions, in the same
   * sentence ("Veridia's Labour Union"), agreeing or not.
   */
  Set<String> countriesNamedBefore(String entityId) {
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
    return named;
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

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;

/**
 * Turns clusters of mentions into canonical entities.
 *
 * <ul>
 *   <li><b>Type</b>: a vote over the mentions' NER types (story sentences count 1, headings and
 *       page furniture 0.5), then the gazetteer decides for places it knows: a sovereign state is a
 *       COUNTRY, a territory, continent or ocean a PLACE, a national capital a CITY. MISC votes
 *       only for regions ("Afro-Eurasia"). A person vote loses to a country's name of several words
 *       ("Burkina Faso") and does not count for a company's short name; an organisation named like
 *       a base ({@value #FACILITY_WORDS}: "Ramstein Air Base") is a PLACE. A cluster with no type
 *       is no entity.
 *   <li>A cluster needs at least one mention in a story sentence (bylines, outlet names and
 *       headings alone make no entity).
 *   <li><b>Label</b>: the fullest name: not an acronym, most words, most frequent; a country the
 *       text only names by an alternative name gets its standard name.
 *   <li><b>Aliases</b>: the other surface forms, one per normal form. Demonyms never are.
 *   <li><b>Id</b>: {@code type/slug-of-label}, with {@code -2}, {@code -3}... on a clash.
 * </ul>
 */
final class EntityBuilder {

  private final PlaceGazetteer places;
  private final Predicate<NameMention> weak;
  private final List<String> facilityWords;
  private final Set<String> organizationWords;

  /**
   * @param places the gazetteer
   * @param weak whether a mention sits in a heading or page furniture rather than story text
   */
  EntityBuilder(PlaceGazetteer places, Predicate<NameMention> weak) {
    this.places = places;
    this.weak = weak;
    this.facilityWords = List.copyOf(RuleFile.lines(FACILITY_WORDS));
    this.organizationWords = Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS));
  }

  static final String FACILITY_WORDS = "org/newsgraph/resolve/facility-words.txt";

  /** A cluster that became an entity, with its mentions. */
  record Built(Entity entity, List<NameMention> mentions) {}

  /** The entities of the clusters that qualify, in cluster order, with unique ids. */
  List<Built> build(Map<NameMention, String> clusters) {
    Map<String, List<NameMention>> byCluster = new TreeMap<>();
    clusters.forEach((m, c) -> byCluster.computeIfAbsent(c, k -> new ArrayList<>()).add(m));
    List<Built> built = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (List<NameMention> mentions : byCluster.values()) {
      if (mentions.stream().allMatch(weak)) {
        continue;
      }
      Optional<EntityType> type = type(mentions);
      if (type.isEmpty()) {
        continue;
      }
      String label = label(type.get(), mentions);
      String id = uniqueId(type.get(), label, ids);
      built.add(
          new Built(
              new Entity(id, type.get(), label, aliases(label, mentions), Optional.empty()),
              mentions));
    }
    return built;
  }

  /** A new country entity for a country the text only names by its demonym. */
  static Entity country(String name, Set<String> ids) {
    return new Entity(
        uniqueId(EntityType.COUNTRY, name, ids),
        EntityType.COUNTRY,
        name,
        List.of(),
        Optional.empty());
  }

  /**
   * The type that wins a tied vote, first to last: a place beats an organisation, as NER takes
   * towns it does not know for organisations ("chose Ashford over ...") far more often than the
   * reverse; unless a name holds an organisation word ({@link #organizationOnTie}).
   */
  private static final List<EntityType> TIE_ORDER =
      List.of(
          EntityType.PERSON,
          EntityType.COUNTRY,
          EntityType.CITY,
          EntityType.PLACE,
          EntityType.ORGANIZATION);

  private Optional<EntityType> type(List<NameMention> mentions) {
    Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
    List<NameMention> organizations =
        mentions.stream().filter(m -> m.ner() == NerTag.ORGANIZATION).toList();
    for (NameMention mention : mentions) {
      if (isOrganizationShortName(mention, organizations)) {
        continue;
      }
      nerVote(mention).ifPresent(t -> votes.merge(t, weak.test(mention) ? 0.5 : 1.0, Double::sum));
    }
    Optional<EntityType> voted =
        votes.entrySet().stream()
            .max(
                Map.Entry.<EntityType, Double>comparingByValue()
                    .thenComparing(e -> TIE_ORDER.indexOf(e.getKey()), Comparator.reverseOrder()))
            .map(Map.Entry::getKey);
    voted = voted.map(t -> organizationOnTie(t, votes, mentions));
    boolean company =
        mentions.stream()
            .anyMatch(
                m ->
                    m.ner() == NerTag.ORGANIZATION
                        && (ClusterKeys.hasLegalForm(m.text())
                            || m.origin() == NameMention.Origin.DESCRIBED));
    if (company) {
      // "Acme Tools S.A." names a company, "Acme, the Lyon-based group" an organisation
      return Optional.of(EntityType.ORGANIZATION);
    }
    if (voted.isPresent() && voted.get() == EntityType.PERSON && !namesCountryInFull(mentions)) {
      return voted;
    }
    for (NameMention mention : mentions) {
      if (places.country(mention.text()).isPresent()) {
        return Optional.of(EntityType.COUNTRY);
      }
    }
    for (NameMention mention : mentions) {
      String name = ClusterKeys.key(mention.text());
      if (places.territory(name).isPresent() || places.region(name).isPresent()) {
        return Optional.of(EntityType.PLACE);
      }
    }
    boolean placeVote =
        voted.isPresent()
            && voted.get() != EntityType.ORGANIZATION
            && voted.get() != EntityType.PERSON;
    if (placeVote && headedByOrganizationWord(mentions)) {
      return Optional.of(EntityType.ORGANIZATION);
    }
    if (voted.isPresent() && voted.get() == EntityType.ORGANIZATION && namesAFacility(mentions)) {
      return Optional.of(EntityType.PLACE);
    }
    boolean place = voted.map(t -> t != EntityType.ORGANIZATION).orElse(false);
    if (place && mentions.stream().anyMatch(m -> places.isCapital(m.text()))) {
      return Optional.of(EntityType.CITY);
    }
    return voted;
  }

  /**
   * A place type that ties with an organisation vote yields to it when a name of the cluster holds
   * an organisation word ({@value OrganizationPhrases#WORDS}): "Freedonia Rowing Federation" tagged
   * once as a place and once as an organisation is the federation.
   */
  private EntityType organizationOnTie(
      EntityType voted, Map<EntityType, Double> votes, List<NameMention> mentions) {
    if (voted == EntityType.PERSON || voted == EntityType.ORGANIZATION) {
      return voted;
    }
    Double organization = votes.get(EntityType.ORGANIZATION);
    if (organization == null || !organization.equals(votes.get(voted))) {
      return voted;
    }
    for (NameMention mention : mentions) {
      for (String word : NameKey.of(mention.text()).split(" ")) {
        if (organizationWords.contains(word)) {
          return EntityType.ORGANIZATION;
        }
      }
    }
    return voted;
  }

  /** The words that join a name's head to the place or thing it is of: "Mission in Freedonia". */
  private static final Set<String> HEAD_CONNECTORS = Set.of("in", "of", "for", "to");

  /**
   * Whether a name of the cluster has an organisation word ({@value OrganizationPhrases#WORDS}) as
   * its head, right before its first "in", "of", "for" or "to": "Acme Mission in the Democratic
   * Republic of Freedonia" (NER tags most of its words as the country), "University of Lyon". The
   * head of such an English name is the word before the connector, so the name is an
   * organisation's, whatever place follows. Names of countries are typed before this.
   */
  private boolean headedByOrganizationWord(List<NameMention> mentions) {
    for (NameMention mention : mentions) {
      String[] words = NameKey.of(mention.text()).split(" ");
      for (int i = 1; i < words.length - 1; i++) {
        if (HEAD_CONNECTORS.contains(words[i])) {
          if (organizationWords.contains(words[i - 1])) {
            return true;
          }
          break;
        }
      }
    }
    return false;
  }

  /** Whether a name of two or more words ends in a facility word ("Ramstein Air Base"). */
  private boolean namesAFacility(List<NameMention> mentions) {
    for (NameMention mention : mentions) {
      String key = " " + NameKey.of(mention.text());
      if (key.strip().contains(" ")
          && facilityWords.stream().anyMatch(w -> key.endsWith(" " + w) && !key.equals(" " + w))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person, place or misc mention is the start of a longer organisation name in the same
   * cluster: NER often tags a company's short name ("Acme" for "Acme Tools Ltd") as a person or a
   * town; it does not vote.
   */
  private static boolean isOrganizationShortName(
      NameMention mention, List<NameMention> organizations) {
    if (mention.ner() == NerTag.ORGANIZATION) {
      return false;
    }
    String key = ClusterKeys.key(mention.text());
    int words = wordCount(mention.text());
    for (NameMention organization : organizations) {
      String orgKey = ClusterKeys.key(organization.text());
      boolean starts = orgKey.equals(key) || orgKey.startsWith(key + " ");
      if (starts && wordCount(organization.text()) > words) {
        return true;
      }
    }
    return false;
  }

  private static int wordCount(String text) {
    return text.strip().split("\\s+").length;
  }

  /**
   * Whether a mention is a country's name of several words ("Burkina Faso", which NER may tag as a
   * person); a one-word country name may be a person's name ("Jordan").
   */
  private boolean namesCountryInFull(List<NameMention> mentions) {
    return mentions.stream()
        .anyMatch(m -> m.text().strip().contains(" ") && places.country(m.text()).isPresent());
  }

  private Optional<EntityType> nerVote(NameMention mention) {
    return switch (mention.ner()) {
      case PERSON -> Optional.of(EntityType.PERSON);
      case ORGANIZATION -> Optional.of(EntityType.ORGANIZATION);
      case COUNTRY -> Optional.of(EntityType.COUNTRY);
      case CITY -> Optional.of(EntityType.CITY);
      case STATE_OR_PROVINCE, LOCATION -> Optional.of(EntityType.PLACE);
      case MISC -> isRegionName(mention.text()) ? Optional.of(EntityType.PLACE) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** A continent or ocean, or a hyphenated name ending in one ("Afro-Eurasia"). */
  private boolean isRegionName(String text) {
    String name = ClusterKeys.key(text);
    if (places.region(name).isPresent()) {
      return true;
    }
    String[] parts = text.replaceAll("\\s+region$", "").split("[-‐–]");
    return parts.length > 1 && places.region(parts[parts.length - 1]).isPresent();
  }

  private String label(EntityType type, List<NameMention> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (NameMention mention : mentions) {
      if (!weak.test(mention)) {
        counts.merge(surface(mention.text()), 1, Integer::sum);
      }
    }
    if (type == EntityType.COUNTRY) {
      for (String form : counts.keySet()) {
        Optional<String> standard = places.country(form);
        if (standard.isPresent()) {
          return standard.get();
        }
      }
    }
    Comparator<String> fullness =
        Comparator.<String, Boolean>comparing(f -> !Initials.isAcronym(f))
            .thenComparing(f -> !NameKey.of(f).endsWith(" region"))
            .thenComparingInt(f -> f.split("\\s+").length)
            .thenComparingInt(counts::get)
            .thenComparing(Comparator.<String>reverseOrder());
    return counts.keySet().stream().max(fullness).orElseThrow();
  }

  private static List<String> aliases(String label, List<NameMention> mentions) {
    Map<String, String> byKey = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (NameMention mention : mentions) {
      counts.merge(surface(mention.text()), 1, Integer::sum);
    }
    counts.keySet().stream()
        .sorted(
            Comparator.<String, Integer>comparing(counts::get)
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .forEach(form -> byKey.putIfAbsent(NameKey.of(form), form));
    byKey.remove(NameKey.of(label));
    String bare = withoutRegionWord(label);
    if (!bare.equals(label)) {
      byKey.putIfAbsent(NameKey.of(bare), bare);
    }
    return byKey.values().stream().sorted().toList();
  }

  /** Lower-case kinds of division a place's name may be followed by ("Alentejo region"). */
  private static final List<String> KIND_WORDS =
      PlacePhrases.kindWords().stream().map(word -> " " + word).toList();

  /**
   * The name without a final lower-case kind of division ({@value PlacePhrases#KIND_WORDS}) that
   * the text put after it ("Alentejo" for "Alentejo region", from "the Alentejo region of
   * Portugal"; "Centre" for "Centre department"): the place's own name, kept as an alias when the
   * text never writes it alone. A capitalised "Region" is part of the name.
   */
  static String withoutRegionWord(String label) {
    for (String word : KIND_WORDS) {
      if (label.endsWith(word) && label.length() > word.length()) {
        return label.substring(0, label.length() - word.length()).strip();
      }
    }
    return label;
  }

  /** The surface form with line breaks and runs of spaces made single spaces. */
  static String surface(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static String uniqueId(EntityType type, String label, Set<String> ids) {
    String base = type.name().toLowerCase(java.util.Locale.ROOT) + "/" + NameKey.slug(label);
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}

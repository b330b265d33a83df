package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NameKey;
import org.newsgraph.resolve.ResolvedMention;

/**
 * employer and leader for a minister (or a "secretary of/for") of a field and a ministry or
 * department of that field named in the same document ("Defence Minister X" and "the Ministry of
 * Defence", "Minister of National Defence X" and "the Department of National Defence"): ministers
 * head their ministries. The document must name one such ministry only, its name may hold no word
 * but the field's, function words and a country's ("Japanese Ministry of Defense"), and it must be
 * of the minister's country when both are known: a ministry is of the country its name says, else
 * of the country whose possessive precedes it ("Freedonia's Ministry of Defence"), else of the
 * story's dateline country ("Germany's defence minister" in a London story does not head "the
 * Ministry of Defence"). A "defence secretary" counts only when a pattern rule read the title (KBP
 * pairs such titles with the wrong person of a meeting). Confidence: {@value #FACTOR} times the
 * title's.
 */
final class MinistryRule implements FactRule {

  static final double FACTOR = 0.7;
  static final String EXTRACTOR = "rule:minister";

  /** Words of a "(cabinet) secretary of/for X" title that are not its field. */
  private static final Set<String> SECRETARY_WORDS = Set.of("secretary", "cabinet");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("ministry", "department", "of", "for", "the", "and", "federal", "national", "affairs");

  private static final Pattern POSSESSIVE = Pattern.compile("\\s*['’]s\\s+(the\\s+)?");

  /** The observations and the employer and leader observations for the ministers of the titles. */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context));
  }

  private static List<Observation> infer(
      List<Observation> observations, ExtractionContext context) {
    MentionIndex index = context.index();
    Map<String, Set<String>> countriesOfPersons = CountryTies.of(observations, index);
    Map<String, Map<String, String>> nationsByDoc = new HashMap<>();
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      if (title.relation() != Relation.TITLE || title.modality() != Modality.ASSERTED) {
        continue;
      }
      Optional<List<String>> field = ministerField(title.object());
      boolean patternOrMinister =
          title.evidence().extractor().startsWith("pattern:")
              || NameKey.of(title.object()).contains("minister");
      if (field.isEmpty() || !patternOrMinister) {
        continue;
      }
      String docId = title.evidence().docId();
      Map<String, String> nations =
          nationsByDoc.computeIfAbsent(docId, id -> nationWords(id, index));
      Set<String> ministries = ministriesOf(docId, field.get(), nations, index);
      Set<String> countries = countriesOfPersons.getOrDefault(title.subjectId(), Set.of());
      if (ministries.size() == 1) {
        String ministry = ministries.iterator().next();
        Optional<String> ministryCountry = countryOfMinistry(docId, ministry, nations, context);
        boolean sameCountry =
            countries.isEmpty()
                || ministryCountry.isEmpty()
                || countries.contains(ministryCountry.get());
        if (sameCountry) {
          double confidence = FACTOR * title.evidence().confidence();
          inferred.add(derived(title, title.subjectId(), Relation.EMPLOYER, ministry, confidence));
          inferred.add(derived(title, ministry, Relation.LEADER, title.subjectId(), confidence));
        }
      }
    }
    return inferred;
  }

  /**
   * The field of a minister's title: "defense minister", "minister of defense", "secretary of
   * defense" and "defence secretary" give [defense].
   */
  static Optional<List<String>> ministerField(String title) {
    List<String> words = new ArrayList<>(List.of(NameKey.of(title).split(" ")));
    boolean minister = words.remove("minister");
    boolean secretaryOf =
        !minister
            && words.contains("secretary")
            && (words.contains("of")
                || words.contains("for")
                || words.indexOf("secretary") == words.size() - 1);
    if (!minister && !secretaryOf) {
      return Optional.empty();
    }
    words.removeIf(SECRETARY_WORDS::contains);
    words.removeIf(
        w ->
            w.equals("of")
                || w.equals("for")
                || w.equals("the")
                || w.equals("and")
                || w.equals("federal"));
    return words.isEmpty() ? Optional.empty() : Optional.of(words);
  }

  private static Set<String> ministriesOf(
      String docId, List<String> field, Map<String, String> nations, MentionIndex index) {
    Set<String> matching = new TreeSet<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      Entity ministry = index.entity(mention.entityId()).orElseThrow();
      if (ministry.type() == EntityType.ORGANIZATION && isMinistryOf(ministry, field, nations)) {
        matching.add(ministry.id());
      }
    }
    return matching;
  }

  /**
   * Whether the ministry's name is of the field: a ministry or department word, every field word,
   * and no other word but function words and words naming a country of the document, before a
   * further field joined by "and" ("Ministry of Foreign Affairs and Trade" is the foreign
   * minister's).
   */
  private static boolean isMinistryOf(
      Entity ministry, List<String> field, Map<String, String> nations) {
    for (String form : EntityNames.keys(ministry)) {
      List<String> words = List.of(form.split(" "));
      int and = words.indexOf("and");
      List<String> head = and > 0 ? words.subList(0, and) : words;
      boolean body = words.contains("ministry") || words.contains("department");
      boolean onlyField =
          head.stream()
              .allMatch(
                  w -> field.contains(w) || FUNCTION_WORDS.contains(w) || nations.containsKey(w));
      if (body && words.containsAll(field) && onlyField) {
        return true;
      }
    }
    return false;
  }

  /**
   * The country a ministry's name names, else the country whose possessive precedes one of its
   * mentions ("Freedonia's Ministry of Defence"), else the document's dateline country.
   */
  private static Optional<String> countryOfMinistry(
      String docId, String ministryId, Map<String, String> nations, ExtractionContext context) {
    Entity ministry = context.index().entity(ministryId).orElseThrow();
    for (String form : EntityNames.keys(ministry)) {
      for (String word : form.split(" ")) {
        if (nations.containsKey(word)) {
          return Optional.of(nations.get(word));
        }
      }
    }
    return possessiveCountry(docId, ministryId, context)
        .or(() -> Optional.ofNullable(context.datelineCountries().get(docId)).map(Entity::id));
  }

  private static Optional<String> possessiveCountry(
      String docId, String ministryId, ExtractionContext context) {
    MentionIndex index = context.index();
    String text = context.textOf(docId);
    List<ResolvedMention> mentions = index.mentions(docId);
    for (ResolvedMention ministry : mentions) {
      if (!ministry.entityId().equals(ministryId)) {
        continue;
      }
      for (ResolvedMention country : mentions) {
        boolean isCountry =
            index.entity(country.entityId()).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
        boolean before = country.end() <= ministry.begin();
        if (isCountry
            && before
            && POSSESSIVE.matcher(text.substring(country.end(), ministry.begin())).matches()) {
          return Optional.of(country.entityId());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Each word of a name by which the document mentions a country, with the country's id; not the
   * function words ("of" in "the Republic of Kenya" names no country in "Department of Finance").
   */
  private static Map<String, String> nationWords(String docId, MentionIndex index) {
    Map<String, String> words = new HashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      Optional<Entity> entity = index.entity(mention.entityId());
      if (entity.map(e -> e.type() == EntityType.COUNTRY).orElse(false)) {
        for (String word : NameKey.of(mention.text()).split(" ")) {
          if (!FUNCTION_WORDS.contains(word)) {
            words.putIfAbsent(word, entity.get().id());
          }
        }
      }
    }
    return words;
  }

  private static Observation derived(
      Observation source, String subject, Relation relation, String object, double confidence) {
    return new Observation(
        subject, relation, object, Modality.ASSERTED, source.evidence().by(EXTRACTOR, confidence));
  }
}

package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.NameKey;
import org.newsgraph.resolve.ResolvedMention;

/**
 * employer and citizenship from a news dateline: in a story that opens "WELLINGTON, 4 June 2025 —"
 * or "TURIN, Italy, 22 September /PRNewswire/ --", a person with a national office ({@code
 * national-offices.txt}: "Foreign Minister X") whom the text ties to no country serves the
 * dateline's country (named after the city, or the country whose capital the city is). The country
 * must be an entity of the corpus. Confidence: {@value #FACTOR} times the title's.
 */
final class DatelineCountry {

  static final double FACTOR = 0.7;
  static final String EXTRACTOR = "rule:dateline";

  private final MentionIndex index;
  private final Capitals capitals;
  private final Set<String> officeWords;

  DatelineCountry(MentionIndex index, Capitals capitals) {
    this.index = index;
    this.capitals = capitals;
    this.officeWords = Set.copyOf(RuleFile.lines("org/newsgraph/extract/national-offices.txt"));
  }

  /** The dateline country of each document that has one, by document id. */
  Map<String, Entity> countries(List<AnnotatedDocument> documents) {
    Map<String, Entity> countries = new HashMap<>();
    for (AnnotatedDocument document : documents) {
      countryOf(document).ifPresent(c -> countries.put(document.document().id(), c));
    }
    return countries;
  }

  /**
   * The inferred observations for the titles of documents that have a dateline country.
   *
   * @param countries the dateline countries by document id ({@link #countries})
   */
  List<Observation> infer(Map<String, Entity> countries, List<Observation> observations) {
    Set<String> tied = CountryTies.of(observations, index).keySet();
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      Entity country = countries.get(title.evidence().docId());
      boolean here =
          country != null
              && title.relation() == Relation.TITLE
              && title.modality() == Modality.ASSERTED
              && !tied.contains(title.subjectId())
              && isNationalOffice(title.object());
      if (here) {
        inferred.add(derived(title, Relation.EMPLOYER, country));
        inferred.add(derived(title, Relation.CITIZENSHIP, country));
      }
    }
    return inferred;
  }

  private boolean isNationalOffice(String title) {
    for (String word : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (officeWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The dateline's country: the first sentence opens with a city in capitals, then a comma, and
   * either a country mention or (for a capital) nothing more of the place.
   */
  private Optional<Entity> countryOf(AnnotatedDocument document) {
    for (Sentence sentence : document.sentences()) {
      Optional<Entity> country = datelineCountry(document, sentence);
      if (country.isPresent() || sentence.index() >= 1) {
        return country;
      }
    }
    return Optional.empty();
  }

  private Optional<Entity> datelineCountry(AnnotatedDocument document, Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    int end = 0;
    while (end < tokens.size() && isCapitalised(tokens.get(end).word())) {
      end++;
    }
    if (end == 0 || end + 1 >= tokens.size() || !tokens.get(end).word().equals(",")) {
      return Optional.empty();
    }
    String docId = document.document().id();
    Optional<Entity> named = countryMentionAt(docId, tokens.get(end + 1).begin());
    if (named.isPresent()) {
      return named;
    }
    String city =
        document.document().text().substring(tokens.get(0).begin(), tokens.get(end - 1).end());
    return capitals.countryOf(city).flatMap(this::countryNamed);
  }

  private static boolean isCapitalised(String word) {
    return word.length() >= 2 && word.chars().allMatch(c -> Character.isUpperCase(c) || c == '.');
  }

  private Optional<Entity> countryMentionAt(String docId, int begin) {
    for (ResolvedMention mention : index.mentions(docId)) {
      Optional<Entity> entity = index.entity(mention.entityId());
      boolean country = entity.map(e -> e.type() == EntityType.COUNTRY).orElse(false);
      if (mention.begin() == begin && country) {
        return entity;
      }
    }
    return Optional.empty();
  }

  private Optional<Entity> countryNamed(String name) {
    String key = NameKey.of(name);
    return index.entities().stream()
        .filter(e -> e.type() == EntityType.COUNTRY && EntityNames.keys(e).contains(key))
        .findFirst();
  }

  private static Observation derived(Observation title, Relation relation, Entity country) {
    Evidence e = title.evidence();
    return new Observation(
        title.subjectId(),
        relation,
        country.id(),
        Modality.ASSERTED,
        e.by(EXTRACTOR, FACTOR * e.confidence()));
  }
}

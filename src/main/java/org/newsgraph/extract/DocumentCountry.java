package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedMention;

/**
 * employer and citizenship from the country a story without a dateline is about: a person with a
 * national office ({@code national-offices.txt}: "Prime Minister X has promised") whom the text
 * ties to no country serves the country the document mentions most, at least {@link #MIN_MENTIONS}
 * times and at least {@link #LEAD} times as often as any other country. Stories with a dateline are
 * left to {@link DatelineCountry}. Confidence: {@value #FACTOR} times the title's.
 */
final class DocumentCountry implements FactRule {

  static final double FACTOR = 0.6;
  static final String EXTRACTOR = "rule:document-country";
  static final int MIN_MENTIONS = 3;
  static final int LEAD = 2;

  private final NationalOffices offices;

  private DocumentCountry(NationalOffices offices) {
    this.offices = offices;
  }

  /** The rule with the bundled national offices. */
  static DocumentCountry loadDefault() {
    return new DocumentCountry(NationalOffices.loadDefault());
  }

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    Set<String> tied = CountryTies.of(observations, context.index()).keySet();
    Map<String, Optional<Entity>> countries = new HashMap<>();
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      String docId = title.evidence().docId();
      boolean candidate =
          title.relation() == Relation.TITLE
              && title.modality() == Modality.ASSERTED
              && !context.datelineCountries().containsKey(docId)
              && !tied.contains(title.subjectId())
              && offices.isNationalOffice(title.object());
      if (!candidate) {
        continue;
      }
      Optional<Entity> country =
          countries.computeIfAbsent(docId, id -> mainCountry(id, context.index()));
      if (country.isPresent()) {
        inferred.add(derived(title, Relation.EMPLOYER, country.get()));
        inferred.add(derived(title, Relation.CITIZENSHIP, country.get()));
      }
    }
    return FactRule.plus(observations, inferred);
  }

  /** The country the document mentions most, if it stands out. */
  static Optional<Entity> mainCountry(String docId, MentionIndex index) {
    Map<String, Integer> counts = new HashMap<>();
    for (ResolvedMention mention : index.mentions(docId)) {
      boolean country =
          index.entity(mention.entityId()).map(e -> e.type() == EntityType.COUNTRY).orElse(false);
      if (country) {
        counts.merge(mention.entityId(), 1, Integer::sum);
      }
    }
    return ClearLeader.of(counts, MIN_MENTIONS, LEAD).flatMap(index::entity);
  }

  private static Observation derived(Observation title, Relation relation, Entity country) {
    return NationalOffices.countryFact(title, relation, country, EXTRACTOR, FACTOR);
  }
}

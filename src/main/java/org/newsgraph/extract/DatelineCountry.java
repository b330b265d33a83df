package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.resolve.Entity;

/**
 * employer and citizenship from a news dateline: in a story that opens "WELLINGTON, 4 June 2025 —"
 * or "TURIN, Italy, 22 September /PRNewswire/ --", a person with a national office ({@code
 * national-offices.txt}: "Foreign Minister X") whom the text ties to no country serves the
 * dateline's country ({@link Datelines}). Confidence: {@value #FACTOR} times the title's.
 */
final class DatelineCountry implements FactRule {

  static final double FACTOR = 0.7;
  static final String EXTRACTOR = "rule:dateline";

  private final NationalOffices offices;

  private DatelineCountry(NationalOffices offices) {
    this.offices = offices;
  }

  /** The rule with the bundled national offices. */
  static DatelineCountry loadDefault() {
    return new DatelineCountry(NationalOffices.loadDefault());
  }

  /** The observations and, for titles of documents with a dateline country, the inferred ones. */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context));
  }

  private List<Observation> infer(List<Observation> observations, ExtractionContext context) {
    Map<String, Entity> countries = context.datelineCountries();
    Set<String> tied = CountryTies.of(observations, context.index()).keySet();
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      Entity country = countries.get(title.evidence().docId());
      boolean here =
          country != null
              && title.relation() == Relation.TITLE
              && title.modality() == Modality.ASSERTED
              && !tied.contains(title.subjectId())
              && offices.isNationalOffice(title.object());
      if (here) {
        inferred.add(derived(title, Relation.EMPLOYER, country));
        inferred.add(derived(title, Relation.CITIZENSHIP, country));
      }
    }
    return inferred;
  }

  private static Observation derived(Observation title, Relation relation, Entity country) {
    return NationalOffices.countryFact(title, relation, country, EXTRACTOR, FACTOR);
  }
}

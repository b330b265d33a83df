package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.resolve.Entity;

/**
 * employer and citizenship from a news dateline: in a story that opens "WELLINGTON, 4 June 2025 —"
 * or "TURIN, Italy, 22 September /PRNewswire/ --", a person with a national office ({@code
 * national-offices.txt}: "Foreign Minister X") whom the text ties to no country serves the
 * dateline's country ({@link Datelines}); so does a person named right after a whole title the list
 * keeps for datelines ("President X approved") when the text gives that person no employer at all.
 * Confidence: {@value #FACTOR} times the title's.
 */
final class DatelineCountry implements FactRule {

  static final double FACTOR = 0.7;
  static final String EXTRACTOR = "rule:dateline";

  /**
   * The rule that reads a title right before a name ("President X"): a dateline title counts only
   * there, not in "X was elected president of the federation".
   */
  static final String BY_TITLE_ALONE = "pattern:title-before-name";

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
    Set<String> employed = employed(observations);
    List<Observation> inferred = new ArrayList<>();
    for (Observation title : observations) {
      Entity country = countries.get(title.evidence().docId());
      boolean office =
          offices.isNationalOffice(title.object())
              || offices.isDatelineTitle(title.object())
                  && BY_TITLE_ALONE.equals(title.evidence().extractor())
                  && !employed.contains(title.subjectId());
      boolean here =
          country != null
              && title.relation() == Relation.TITLE
              && title.modality() == Modality.ASSERTED
              && !tied.contains(title.subjectId())
              && office;
      if (here) {
        inferred.add(derived(title, Relation.EMPLOYER, country));
        inferred.add(derived(title, Relation.CITIZENSHIP, country));
      }
    }
    return inferred;
  }

  /** The subjects of asserted employer observations. */
  private static Set<String> employed(List<Observation> observations) {
    Set<String> employed = new HashSet<>();
    for (Observation o : observations) {
      if (o.relation() == Relation.EMPLOYER && o.modality() == Modality.ASSERTED) {
        employed.add(o.subjectId());
      }
    }
    return employed;
  }

  private static Observation derived(Observation title, Relation relation, Entity country) {
    return NationalOffices.countryFact(title, relation, country, EXTRACTOR, FACTOR);
  }
}

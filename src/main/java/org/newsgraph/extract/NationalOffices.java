package org.newsgraph.extract;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;

/**
 * The words that make a title a national office ({@code national-offices.txt}: minister, president,
 * ambassador ...), and the employer and citizenship facts a rule infers from such a title and a
 * country the document gives ({@link DatelineCountry}, {@link DocumentCountry}).
 */
final class NationalOffices {

  private final Set<String> officeWords;

  NationalOffices(Set<String> officeWords) {
    this.officeWords = Set.copyOf(officeWords);
  }

  /** The bundled office words. */
  static NationalOffices loadDefault() {
    return new NationalOffices(
        Set.copyOf(RuleFile.lines("org/newsgraph/extract/national-offices.txt")));
  }

  /** Whether a word of the title (split at spaces and hyphens, any case) is an office word. */
  boolean isNationalOffice(String title) {
    for (String word : title.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
      if (officeWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A fact about the title's holder and the country, asserted by {@code extractor} with {@code
   * factor} times the title's confidence.
   */
  static Observation countryFact(
      Observation title, Relation relation, Entity country, String extractor, double factor) {
    Evidence e = title.evidence();
    return new Observation(
        title.subjectId(),
        relation,
        country.id(),
        Modality.ASSERTED,
        e.by(extractor, factor * e.confidence()));
  }
}

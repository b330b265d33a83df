package org.newsgraph.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;

/**
 * The words that make a title a national office ({@code national-offices.txt}: minister, premier
 * ...), the whole titles that are one only under a dateline ("president"), and the employer and
 * citizenship facts a rule infers from such a title and a country the document gives ({@link
 * DatelineCountry}, {@link DocumentCountry}).
 */
final class NationalOffices {

  private static final String DATELINE_ONLY = "@";

  private final Set<String> officeWords;
  private final Set<String> datelineTitles;

  NationalOffices(Set<String> officeWords, Set<String> datelineTitles) {
    this.officeWords = Set.copyOf(officeWords);
    this.datelineTitles = Set.copyOf(datelineTitles);
  }

  /** The bundled office words and dateline titles. */
  static NationalOffices loadDefault() {
    Set<String> words = new HashSet<>();
    Set<String> titles = new HashSet<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/national-offices.txt")) {
      if (line.startsWith(DATELINE_ONLY)) {
        titles.add(line.substring(DATELINE_ONLY.length()).strip());
      } else {
        words.add(line);
      }
    }
    return new NationalOffices(words, titles);
  }

  /**
   * Whether the whole title (any case, without surrounding spaces) is one that is a national office
   * only in a story with a dateline ("president").
   */
  boolean isDatelineTitle(String title) {
    return datelineTitles.contains(title.strip().toLowerCase(Locale.ROOT));
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

package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.resolve.Entity;

/**
 * employer(person, organisation) for an office of an organisation stated without it ("Jane Doe, who
 * has been vice-chancellor since 2015", "John Roe has served as Secretary General since 2023") in a
 * text about one organisation ({@link DocumentSubject}) of a kind that has that office ({@code
 * subject-offices.txt}: a vice-chancellor in a university, a governor in a bank, a secretary
 * general in any organisation). Like {@link CompanyOfficers}, only when the sentence names no other
 * organisation and the document gives the person no other organisation as employer (a past one read
 * from a career does not count). Confidence: {@value #FACTOR} times the title's. Runs before {@link
 * LeaderRule}, which then makes a leading office its holder the organisation's leader.
 */
final class SubjectOffices implements FactRule {

  static final double FACTOR = 0.8;
  static final String EXTRACTOR = "rule:subject-office";

  /** The kind word that stands for any organisation. */
  static final String ANY = "*";

  private final Map<String, Set<String>> kindsByTitle;

  private SubjectOffices(Map<String, Set<String>> kindsByTitle) {
    this.kindsByTitle = Map.copyOf(kindsByTitle);
  }

  static SubjectOffices loadDefault() {
    Map<String, Set<String>> kinds = new HashMap<>();
    for (String line : RuleFile.lines("org/newsgraph/extract/subject-offices.txt")) {
      String[] columns = line.split("\t");
      if (columns.length != 2) {
        throw new IllegalStateException(
            "subject-offices.txt: expected 'title<TAB>kind,kind', got '" + line + "'");
      }
      kinds.put(columns[0].strip(), Set.of(columns[1].strip().split("\\s*,\\s*")));
    }
    return new SubjectOffices(kinds);
  }

  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    return FactRule.plus(observations, infer(observations, context.index()));
  }

  private List<Observation> infer(List<Observation> observations, MentionIndex index) {
    return CompanyOfficers.employersFromSubject(
        observations,
        index,
        (title, organization) -> {
          Set<String> kinds = kindsByTitle.get(title);
          return kinds != null && isOfKind(organization, kinds);
        },
        EXTRACTOR,
        FACTOR);
  }

  /** Whether the organisation's name holds one of the kind words, or any name does. */
  private static boolean isOfKind(Entity organization, Set<String> kinds) {
    if (kinds.contains(ANY)) {
      return true;
    }
    for (String word : organization.label().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (kinds.contains(word)) {
        return true;
      }
    }
    return false;
  }
}

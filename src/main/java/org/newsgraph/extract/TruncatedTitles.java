package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a title observation whose words are a part of a longer title the text gives the same
 * person: "manager" next to "divisional manager", "prime minister" next to "deputy prime minister",
 * "Secretary Roe" after "Secretary of National Defense John Roe". The shorter one is a cut-off
 * reading or a short reference (KBP often keeps only the head noun), and a cut-off "prime minister"
 * or "president" would also make a deputy a leader. Words that follow "the" inside the longer title
 * belong to another phrase: "General" before a name is a rank, not a cut-off "Chief of the General
 * Staff".
 */
final class TruncatedTitles implements FactRule {

  /** The observations without the cut-off titles. */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    List<Observation> kept = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      if (!isCutOff(observation, observations)) {
        kept.add(observation);
      }
    }
    return List.copyOf(kept);
  }

  private static boolean isCutOff(Observation title, List<Observation> observations) {
    if (title.relation() != Relation.TITLE) {
      return false;
    }
    String words = " " + title.object() + " ";
    for (Observation other : observations) {
      boolean samePerson =
          other.relation() == Relation.TITLE
              && other.modality() == title.modality()
              && other.subjectId().equals(title.subjectId());
      String longer = " " + other.object() + " ";
      if (samePerson
          && longer.length() > words.length()
          && longer.contains(words)
          && !longer.contains(" the" + words)) {
        return true;
      }
    }
    return false;
  }
}

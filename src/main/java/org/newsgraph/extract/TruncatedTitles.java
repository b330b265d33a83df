package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops a title observation whose words are a part of a longer title the text gives the same
 * person: "manager" next to "divisional manager", "prime minister" next to "deputy prime minister",
 * "Secretary Roe" after "Secretary of National Defense John Roe" (a longer title that only adds
 * rank words before the shorter one, "deputy", "acting", cuts it off only in the same sentence).
 * The shorter one is a cut-off reading or a short reference (KBP often keeps only the head noun),
 * and a cut-off "prime minister" or "president" would also make a deputy a leader. Words that
 * follow "the" inside the longer title belong to another phrase: "General" before a name is a rank,
 * not a cut-off "Chief of the General Staff".
 */
final class TruncatedTitles implements FactRule {

  /** The observations without the cut-off titles. */
  @Override
  public List<Observation> apply(List<Observation> observations, ExtractionContext context) {
    Map<String, List<Observation>> titlesBySubject = new HashMap<>();
    for (Observation observation : observations) {
      if (observation.relation() == Relation.TITLE) {
        titlesBySubject
            .computeIfAbsent(observation.subjectId(), s -> new ArrayList<>())
            .add(observation);
      }
    }
    List<Observation> kept = new ArrayList<>(observations.size());
    for (Observation observation : observations) {
      boolean cutOff =
          observation.relation() == Relation.TITLE
              && isCutOff(observation, titlesBySubject.get(observation.subjectId()));
      if (!cutOff) {
        kept.add(observation);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * Whether the title is a part of a longer one of the same person's titles.
   *
   * @param sameSubject the title observations of the title's subject
   */
  private static boolean isCutOff(Observation title, List<Observation> sameSubject) {
    String words = " " + title.object() + " ";
    for (Observation other : sameSubject) {
      boolean sameModality = other.modality() == title.modality();
      String longer = " " + other.object() + " ";
      if (sameModality
          && longer.length() > words.length()
          && longer.contains(words)
          && !longer.contains(" the" + words)
          && !(isRankBefore(longer, words) && !sameSentence(title, other))) {
        return true;
      }
    }
    return false;
  }

  /** Words that make a lower rank of the office they precede. */
  private static final Set<String> RANKS =
      Set.of("deputy", "vice", "assistant", "associate", "acting", "interim");

  /**
   * Whether the longer title is the shorter one with rank words before it ("deputy high
   * commissioner", "acting director"), not another office of which it is a part ("foreign
   * minister").
   */
  private static boolean isRankBefore(String longer, String words) {
    if (!longer.endsWith(words)) {
      return false;
    }
    String extra = longer.substring(0, longer.length() - words.length()).strip();
    return !extra.isEmpty() && RANKS.containsAll(List.of(extra.split(" ")));
  }

  /**
   * Whether the two observations come from the same sentence. A longer title that only adds rank
   * words before the shorter one ("deputy high commissioner", "high commissioner") and is stated in
   * another sentence is another office, held before or after: "She previously served as Deputy High
   * Commissioner in Lima" does not cut off "appointed High Commissioner to Norland".
   */
  private static boolean sameSentence(Observation a, Observation b) {
    return a.evidence().docId().equals(b.evidence().docId())
        && a.evidence().sentence() == b.evidence().sentence();
  }
}

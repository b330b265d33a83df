package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Combines observations into facts, one per (subject, relation, object).
 *
 * <p>Per modality, a sentence's confidence is the highest confidence any extractor gave it, and the
 * modality's confidence is the noisy-or over distinct sentences: {@code 1 - prod(1 - c_i)}. The
 * fact takes the modality with the highest confidence (ASSERTED, then NEGATED, then HYPOTHETICAL on
 * a tie) and keeps that modality's evidence: one entry per sentence and extractor, the best
 * confidence of each.
 */
final class FactAggregator {

  private FactAggregator() {}

  /** The facts, sorted by subject, relation and object. */
  static List<Fact> combine(List<Observation> observations) {
    Map<List<String>, List<Observation>> byTriple = new TreeMap<>(FactAggregator::compareKeys);
    for (Observation observation : observations) {
      List<String> key =
          List.of(observation.subjectId(), observation.relation().name(), observation.object());
      byTriple.computeIfAbsent(key, k -> new ArrayList<>()).add(observation);
    }
    List<Fact> facts = new ArrayList<>();
    byTriple.values().forEach(group -> facts.add(fact(group)));
    return facts;
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static Fact fact(List<Observation> group) {
    Map<Modality, List<Evidence>> byModality = new EnumMap<>(Modality.class);
    for (Observation observation : group) {
      byModality
          .computeIfAbsent(observation.modality(), m -> new ArrayList<>())
          .add(observation.evidence());
    }
    Modality best = null;
    double bestConfidence = -1;
    for (Map.Entry<Modality, List<Evidence>> entry : byModality.entrySet()) {
      double confidence = noisyOr(entry.getValue());
      if (confidence > bestConfidence) {
        best = entry.getKey();
        bestConfidence = confidence;
      }
    }
    Observation first = group.get(0);
    return new Fact(
        first.subjectId(),
        first.relation(),
        first.object(),
        best,
        bestConfidence,
        distinct(byModality.get(best)));
  }

  /** 1 - prod(1 - c) over sentences, c = the best confidence of a sentence. */
  static double noisyOr(List<Evidence> evidence) {
    Map<String, Double> bySentence = new LinkedHashMap<>();
    for (Evidence e : evidence) {
      bySentence.merge(e.docId() + "#" + e.sentence(), e.confidence(), Math::max);
    }
    double none = 1.0;
    for (double confidence : bySentence.values()) {
      none *= 1.0 - Math.max(0.0, Math.min(1.0, confidence));
    }
    return 1.0 - none;
  }

  /** One evidence per sentence and extractor (the most confident), sorted. */
  private static List<Evidence> distinct(List<Evidence> evidence) {
    Map<String, Evidence> best = new TreeMap<>();
    for (Evidence e : evidence) {
      String key = e.docId() + "\u0000" + e.sentence() + "\u0000" + e.extractor();
      best.merge(key, e, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
    List<Evidence> sorted = new ArrayList<>(best.values());
    sorted.sort(
        Comparator.comparing(Evidence::docId)
            .thenComparingInt(Evidence::begin)
            .thenComparing(Evidence::extractor));
    return sorted;
  }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FactAggregatorTest {

  private static Observation observation(
      String object, Modality modality, String doc, int sentence, String extractor, double c) {
    return new Observation(
        "person/ana-lobo",
        Relation.EMPLOYER,
        object,
        modality,
        new Evidence(doc, sentence, sentence * 10, sentence * 10 + 9, "text", extractor, c));
  }

  @Test
  void confidenceIsTheNoisyOrOverDistinctSentences() {
    List<Fact> facts =
        FactAggregator.combine(
            List.of(
                observation("country/chile", Modality.ASSERTED, "a", 0, "kbp", 0.5),
                observation("country/chile", Modality.ASSERTED, "a", 0, "pattern:x", 0.6),
                observation("country/chile", Modality.ASSERTED, "b", 3, "kbp", 0.5)));

    assertEquals(1, facts.size());
    Fact fact = facts.get(0);
    assertEquals(1 - (1 - 0.6) * (1 - 0.5), fact.confidence(), 1e-9);
    assertEquals(3, fact.evidence().size(), "one evidence per sentence and extractor");
    assertEquals(Modality.ASSERTED, fact.modality());
  }

  @Test
  void theBestSupportedModalityWinsAndKeepsOnlyItsEvidence() {
    List<Fact> facts =
        FactAggregator.combine(
            List.of(
                observation("country/chile", Modality.ASSERTED, "a", 0, "kbp", 0.4),
                observation("country/chile", Modality.NEGATED, "a", 1, "pattern:x", 0.8),
                observation("country/chile", Modality.NEGATED, "b", 2, "pattern:x", 0.8),
                observation("country/peru", Modality.HYPOTHETICAL, "a", 2, "pattern:y", 0.7)));

    assertEquals(2, facts.size());
    Fact chile = facts.get(0);
    assertEquals("country/chile", chile.object());
    assertEquals(Modality.NEGATED, chile.modality());
    assertEquals(0.96, chile.confidence(), 1e-9);
    assertEquals(2, chile.evidence().size());
    assertEquals(Modality.HYPOTHETICAL, facts.get(1).modality());
  }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;
import org.newsgraph.resolve.EntityType;

/** The learned classifier's features of a mention pair (sentences made up for the tests). */
class RelationFeaturesTest {

  /** "Jane Doe , chief executive of Acme , said ." with an apposition and "of". */
  private static SentenceGraph appositionSentence() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O chief/NN/TITLE executive/NN/TITLE of/IN/O"
                    + " Acme/NNP/ORGANIZATION ,/,/O said/VBD/O ././O",
                "-1>7:root 7>1:nsubj 1>0:compound 1>4:appos 4>3:amod 4>6:nmod:of 6>5:case"
                    + " 1>2:punct 7>8:punct")
            .build();
    return new SentenceGraph(doc.sentences().get(0));
  }

  @Test
  void theDependencyPathGivesItsEdgesLemmasAndLength() {
    List<String> features =
        RelationFeatures.of(
            appositionSentence(),
            new int[] {0, 2},
            new int[] {6, 7},
            EntityType.PERSON,
            EntityType.ORGANIZATION,
            0,
            2);

    assertTrue(features.contains("types=PERSON>ORGANIZATION"), features.toString());
    assertTrue(features.contains("order=sub-obj"), features.toString());
    assertTrue(features.contains("path-length=2"), features.toString());
    assertTrue(features.contains("path=vappos executive vnmod:of"), features.toString());
    assertTrue(features.contains("path-appos"), features.toString());
    assertTrue(features.contains("path-title"), features.toString());
    assertTrue(features.contains("between-title"), features.toString());
    assertTrue(features.contains("between-lemma=of"), features.toString());
    assertTrue(features.contains("sent=2"), features.toString());
  }

  @Test
  void theReversedPairReadsThePathTheOtherWay() {
    List<String> features =
        RelationFeatures.of(
            appositionSentence(),
            new int[] {6, 7},
            new int[] {0, 2},
            EntityType.ORGANIZATION,
            EntityType.PERSON,
            0,
            0);

    assertTrue(features.contains("order=obj-sub"), features.toString());
    assertTrue(features.contains("path=^nmod:of executive ^appos"), features.toString());
  }

  @Test
  void namesAreNeverFeatures() {
    List<String> features =
        RelationFeatures.of(
            appositionSentence(),
            new int[] {0, 1},
            new int[] {6, 7},
            EntityType.PERSON,
            EntityType.ORGANIZATION,
            0,
            0);

    for (String feature : features) {
      String lower = feature.toLowerCase(Locale.ROOT);
      assertFalse(lower.contains("acme") || lower.contains("doe"), feature);
    }
    assertTrue(features.contains("between-lemma=<PERSON>"), features.toString());
  }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.resolve.DocBuilder;

class ModalityDetectorTest {

  private static final ModalityDetector DETECTOR = ModalityDetector.loadDefault();

  private static Sentence parsed(String tagged, String edges) {
    return new DocBuilder("t.txt").sentence(tagged, edges).build().sentences().get(0);
  }

  private static Modality modality(Sentence sentence, int[] subject, int[] object) {
    return DETECTOR.modality(new SentenceGraph(sentence), subject, object);
  }

  @Test
  void aStatementIsAsserted() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O Andean/NNP/O Council/NNP/O"
                + " ././O",
            "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound 3>7:nmod:of"
                + " 3>8:punct");

    assertEquals(Modality.ASSERTED, modality(sentence, new int[] {0, 1}, new int[] {6, 8}));
  }

  @Test
  void notOnTheRelationsPathNegatesIt() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O is/VBZ/O not/RB/O a/DT/O member/NN/O of/IN/O the/DT/O Andean/NNP/O"
                + " Council/NNP/O ././O",
            "4>0:nsubj 4>1:cop 4>2:advmod 4>3:det -1>4:root 8>5:case 8>6:det 8>7:compound"
                + " 4>8:nmod:of 4>9:punct");

    assertEquals(Modality.NEGATED, modality(sentence, new int[] {0, 1}, new int[] {7, 9}));
  }

  @Test
  void aNegatedConcessiveClauseDoesNotNegateTheMainClause() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O ,/,/O while/IN/O not/RB/O a/DT/O member/NN/O of/IN/O the/DT/O"
                + " Andean/NNP/O Council/NNP/O ,/,/O is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                + " Pacific/NNP/O League/NNP/O ././O",
            "13>0:nsubj 0>1:punct 5>2:mark 5>3:advmod 5>4:det 13>5:advcl 9>6:case 9>7:det"
                + " 9>8:compound 5>9:nmod:of 13>10:punct 13>11:cop 13>12:det -1>13:root"
                + " 17>14:case 17>15:det 17>16:compound 13>17:nmod:of 13>18:punct");

    assertEquals(Modality.NEGATED, modality(sentence, new int[] {0, 1}, new int[] {8, 10}));
    assertEquals(Modality.ASSERTED, modality(sentence, new int[] {0, 1}, new int[] {16, 18}));
  }

  @Test
  void aModalMakesItHypothetical() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O could/MD/O join/VB/O the/DT/O Andean/NNP/O Council/NNP/O ././O",
            "2>0:nsubj 2>1:aux -1>2:root 5>3:det 5>4:compound 2>5:obj 2>6:punct");

    assertEquals(Modality.HYPOTHETICAL, modality(sentence, new int[] {0, 1}, new int[] {4, 6}));
  }

  @Test
  void aRejectedClaimIsNegated() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O rejected|reject/VBD/O claims/NNS/O that/IN/O Peru/NNP/O was/VBD/O a/DT/O"
                + " member/NN/O of/IN/O the/DT/O Andean/NNP/O Council/NNP/O ././O",
            "1>0:nsubj -1>1:root 1>2:obj 7>3:mark 7>4:nsubj 7>5:cop 7>6:det 2>7:acl 11>8:case"
                + " 11>9:det 11>10:compound 7>11:nmod:of 1>12:punct");

    assertEquals(Modality.NEGATED, modality(sentence, new int[] {4, 5}, new int[] {10, 12}));
  }

  @Test
  void noPlanToNegatesWhatIsPlanned() {
    Sentence sentence =
        parsed(
            "Chile/NNP/O has/VBZ/O no/DT/O plan/NN/O to/TO/O join/VB/O the/DT/O Andean/NNP/O"
                + " Council/NNP/O ././O",
            "1>0:nsubj -1>1:root 3>2:det 1>3:obj 5>4:mark 3>5:acl 5>0:nsubj:xsubj 8>6:det"
                + " 8>7:compound 5>8:obj 1>9:punct");

    assertEquals(Modality.NEGATED, modality(sentence, new int[] {0, 1}, new int[] {7, 9}));
  }

  @Test
  void aRecommendationIsHypothetical() {
    Sentence sentence =
        parsed(
            "Experts/NNS/O recommend|recommend/VBP/O that/IN/O Chile/NNP/O join/VB/O the/DT/O"
                + " Andean/NNP/O Council/NNP/O ././O",
            "1>0:nsubj -1>1:root 4>2:mark 4>3:nsubj 1>4:ccomp 7>5:det 7>6:compound 4>7:obj"
                + " 1>8:punct");

    assertEquals(Modality.HYPOTHETICAL, modality(sentence, new int[] {3, 4}, new int[] {6, 8}));
  }

  @Test
  void withoutAParseTheWordsAroundThePairDecide() {
    Sentence sentence =
        new DocBuilder("t.txt")
            .sentence("Chile/NNP/O might/MD/O join/VB/O the/DT/O Council/NNP/O ././O", "")
            .build()
            .sentences()
            .get(0);

    assertEquals(Modality.HYPOTHETICAL, modality(sentence, new int[] {0, 1}, new int[] {4, 5}));
  }
}

package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offices NER left untagged, tagged as titles before the pattern rules run. */
class OfficeNounsTest {

  private static final OfficeNouns OFFICES = OfficeNouns.loadDefault();

  private static List<NerTag> tags(String tagged) {
    Sentence sentence = TestDocs.sentence(0, 0, tagged, List.of());
    return OFFICES.retag(TestDocs.text(sentence), sentence).tokens().stream()
        .map(Token::ner)
        .toList();
  }

  @Test
  void anUntaggedOfficeWithHyphensBecomesATitle() {
    assertEquals(
        List.of(NerTag.O, NerTag.TITLE, NerTag.TITLE, NerTag.TITLE, NerTag.O, NerTag.CITY),
        tags("as/IN/O Consul/NNP/O -/HYPH/O General/NNP/O in/IN/O Lyon/NNP/CITY"));
    assertEquals(
        List.of(NerTag.TITLE, NerTag.TITLE, NerTag.PERSON, NerTag.PERSON),
        tags("High/NNP/O Commissioner/NNP/O Jane/NNP/PERSON Doe/NNP/PERSON"));
  }

  @Test
  void theOfficeOfAFieldBecomesATitleUpToItsLastNoun() {
    assertEquals(
        List.of(NerTag.O, NerTag.TITLE, NerTag.TITLE, NerTag.TITLE, NerTag.TITLE, NerTag.O),
        tags("the/DT/O head/NN/O of/IN/O overseas/JJ/O investment/NN/O at/IN/O"));
    assertEquals(
        List.of(NerTag.TITLE, NerTag.TITLE, NerTag.TITLE, NerTag.O, NerTag.O),
        tags("director/NN/TITLE of/IN/O communications/NNS/O for/IN/O Acme/NNP/O"));
  }

  @Test
  void aBodyOrANameAfterTheOfficeWordIsNotAField() {
    assertEquals(
        List.of(NerTag.O, NerTag.O, NerTag.O, NerTag.O, NerTag.O),
        tags("head/NN/O of/IN/O the/DT/O research/NN/O section/NN/O"));
    assertEquals(
        List.of(NerTag.O, NerTag.O, NerTag.ORGANIZATION),
        tags("head/NN/O of/IN/O Acme/NNP/ORGANIZATION"));
    assertEquals(
        List.of(NerTag.O, NerTag.O, NerTag.O, NerTag.O),
        tags("head/NN/O of/IN/O new/JJ/O hires/VBZ/O"));
  }

  @Test
  void anOfficeReadAsTheStartOfANameBecomesATitle() {
    assertEquals(
        List.of(NerTag.TITLE, NerTag.PERSON, NerTag.PERSON, NerTag.O),
        tags("Taoiseach/NNP/PERSON Jane/NNP/PERSON Doe/NNP/PERSON said/VBD/O"));
  }

  @Test
  void aNameOrOrganisationIsNotRetagged() {
    assertEquals(List.of(NerTag.PERSON, NerTag.O), tags("Provost/NNP/PERSON said/VBD/O"));
    Sentence sentence =
        TestDocs.sentence(
            0, 0, "the/DT/O Rector/NNP/ORGANIZATION Group/NNP/ORGANIZATION", List.of());
    assertSame(sentence, OFFICES.retag(TestDocs.text(sentence), sentence));
  }

  @Test
  void theRulesSeeTheRetaggedOffice() {
    PatternMatcher rules =
        PatternMatcher.fromText(
            "t.rules",
            "rule: t\nrelation: title\nconfidence: 0.9\n"
                + "tokens: (?$obj [{ner:TITLE}]+) (?$subj [{ner:PERSON}]+)\n");
    Sentence sentence =
        TestDocs.sentence(
            0, 0, "Vice-Chancellor/NNP/O Jane/NNP/PERSON Doe/NNP/PERSON spoke/VBD/O", List.of());
    String text = TestDocs.text(sentence);
    AnnotatedDocument doc =
        new AnnotatedDocument(
            TestDocs.source("a.txt", text), List.of(sentence), List.of(), List.of());
    List<RelationCandidate> candidates = rules.match(doc);
    assertEquals(1, candidates.size());
    assertEquals("Vice-Chancellor", candidates.get(0).object().text());
  }
}

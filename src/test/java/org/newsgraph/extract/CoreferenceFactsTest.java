package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Pronouns and descriptions resolved by the own rules, by CoreNLP's coreference links, by both or
 * by neither ({@link Antecedents.Mode}).
 */
class CoreferenceFactsTest {

  private static FactExtractor extractor(Antecedents.Mode mode) {
    return new FactExtractor(FactExtractor.defaultRules(), mode);
  }

  /**
   * "Ms Ana Lobo succeeds Mr Rui Paz. She previously worked as a solicitor at Acme Lawyers. [two
   * sentences] He was a curator at the Bolt Museum.": the own rule takes Ana Lobo for "she" and no
   * one for "he" (too far back).
   */
  private static DocBuilder pronouns() {
    return new DocBuilder("a.txt")
        .sentence(
            "Ms/NNP/O Ana/NNP/PERSON Lobo/NNP/PERSON succeeds/VBZ/O Mr/NNP/O Rui/NNP/PERSON"
                + " Paz/NNP/PERSON ././O")
        .sentence(
            "She/PRP/O previously/RB/O worked|work/VBD/O as/IN/O a/DT/O solicitor/NN/TITLE"
                + " at/IN/O Acme/NNP/ORGANIZATION Lawyers/NNPS/ORGANIZATION ././O")
        .sentence("The/DT/O move/NN/O was/VBD/O welcomed/VBN/O ././O")
        .sentence("The/DT/O board/NN/O met/VBD/O ././O")
        .sentence(
            "He/PRP/O was|be/VBD/O a/DT/O curator/NN/TITLE at/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                + " Museum/NNP/ORGANIZATION ././O");
  }

  /** "The Acme Commission met. Bolt opened a plant. The Quito-based water treatment group grew." */
  private static DocBuilder description() {
    return new DocBuilder("b.txt")
        .sentence("The/DT/O Acme/NNP/ORGANIZATION Commission/NNP/ORGANIZATION met/VBD/O ././O")
        .sentence("Bolt/NNP/ORGANIZATION opened/VBD/O a/DT/O plant/NN/O ././O")
        .sentence(
            "The/DT/O Quito/NNP/CITY -/HYPH/O based/VBN/O water/NN/O treatment/NN/O"
                + " group/NN/O grew/VBD/O ././O");
  }

  @Test
  void coreferenceLinksReplaceTheOwnRuleWhereTheDocumentHasThem() {
    AnnotatedDocument doc = pronouns().corefLink(1, "She", 0, "Rui Paz").build();

    Set<String> facts = Extraction.asserted(extractor(Antecedents.Mode.COREF), doc);

    assertTrue(facts.contains("person/rui-paz title solicitor"), facts.toString());
    assertFalse(facts.contains("person/ana-lobo title solicitor"), facts.toString());
    assertFalse(facts.toString().contains("curator"), "no link for 'he': " + facts);
  }

  @Test
  void theOwnRuleIgnoresLinksAndTheLinksFillWhatItLeavesWhenBothRun() {
    AnnotatedDocument doc =
        pronouns().corefLink(1, "She", 0, "Rui Paz").corefLink(4, "He", 0, "Rui Paz").build();

    Set<String> own = Extraction.asserted(extractor(Antecedents.Mode.OWN), doc);
    Set<String> both = Extraction.asserted(extractor(Antecedents.Mode.OWN_FIRST), doc);
    Set<String> corefFirst = Extraction.asserted(extractor(Antecedents.Mode.COREF_FIRST), doc);

    assertTrue(own.contains("person/ana-lobo title solicitor"), own.toString());
    assertFalse(own.toString().contains("curator"), own.toString());
    assertTrue(both.contains("person/ana-lobo title solicitor"), both.toString());
    assertTrue(both.contains("person/rui-paz title curator"), both.toString());
    assertTrue(corefFirst.contains("person/rui-paz title solicitor"), corefFirst.toString());
    assertTrue(corefFirst.contains("person/rui-paz title curator"), corefFirst.toString());
  }

  @Test
  void theDefaultExtractorFillsWhatTheOwnRuleLeavesWithTheLinks() {
    AnnotatedDocument doc =
        pronouns().corefLink(1, "She", 0, "Rui Paz").corefLink(4, "He", 0, "Rui Paz").build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title solicitor"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title curator"), facts.toString());
  }

  @Test
  void withoutLinksEveryModeButNoneFallsBackToTheOwnRule() {
    AnnotatedDocument doc = pronouns().build();

    for (Antecedents.Mode mode : List.of(Antecedents.Mode.COREF, Antecedents.Mode.COREF_FIRST)) {
      Set<String> facts = Extraction.asserted(extractor(mode), doc);
      assertTrue(facts.contains("person/ana-lobo title solicitor"), mode + " " + facts);
    }
    Set<String> none = Extraction.asserted(extractor(Antecedents.Mode.NONE), doc);
    assertFalse(none.toString().contains("solicitor"), none.toString());
  }

  @Test
  void aDescriptionTakesTheNameItsLinkGives() {
    AnnotatedDocument linked =
        description()
            .corefLink(2, "The Quito - based water treatment group", 0, "Acme Commission")
            .build();
    AnnotatedDocument unlinked = description().build();

    Set<String> coref = Extraction.asserted(extractor(Antecedents.Mode.COREF), linked);
    Set<String> own = Extraction.asserted(extractor(Antecedents.Mode.OWN), linked);
    Set<String> fallback = Extraction.asserted(extractor(Antecedents.Mode.COREF_FIRST), unlinked);

    assertTrue(
        coref.contains("organization/acme-commission headquarters city/quito"), coref.toString());
    assertFalse(coref.contains("organization/bolt headquarters city/quito"), coref.toString());
    assertTrue(own.contains("organization/bolt headquarters city/quito"), own.toString());
    assertTrue(fallback.contains("organization/bolt headquarters city/quito"), fallback.toString());
  }
}

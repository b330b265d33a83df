package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Employers named inside the phrase of an office in apposition: a possessive before an untagged
 * head noun, an occupation with a noun modifier, a capitalised field (sentences made up for the
 * tests).
 */
class OfficePhraseEmployerFactsTest {

  @Test
  void aCountrysHeadOfABodyBeforeARankAndNameServesTheCountryAndTheBody() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O drill/NN/O began/VBD/O ,/,/O said/VBD/O Freedonia/NNP/COUNTRY 's/POS/O"
                    + " Chief/NNP/O of/IN/O the/DT/O Coastal/NNP/ORGANIZATION"
                    + " Guard/NNP/ORGANIZATION ,/,/O Admiral/NNP/TITLE Jane/NNP/PERSON"
                    + " Doe/NNP/PERSON ,/,/O on/IN/O Monday/NNP/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer country/freedonia"), facts.toString());
    assertTrue(
        facts.contains("person/jane-doe employer organization/coastal-guard"), facts.toString());
  }

  @Test
  void aPossessiveBeforeAnotherPhraseThanAnOfficeEmploysNobody() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Freedonia/NNP/COUNTRY 's/POS/O share/NN/O of/IN/O the/DT/O market/NN/O ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON said/VBD/O ,/,/O is/VBZ/O small/JJ/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(facts.contains("person/jane-doe employer country/freedonia"), facts.toString());
  }

  @Test
  void anOccupationWithANounModifierAtAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON ,/,/O a/DT/O security/NN/O analyst/NN/TITLE"
                    + " at/IN/O the/DT/O Lyon/NNP/CITY -/HYPH/O based/VBN/O Bolt/NNP/ORGANIZATION"
                    + " Institute/NNP/ORGANIZATION ,/,/O said/VBD/O talks/NNS/O would/MD/O"
                    + " continue/VB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/bolt-institute"), facts.toString());
  }

  @Test
  void anOfficeForACapitalisedFieldAtAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O minister/NN/O was/VBD/O joined/VBN/O by/IN/O Jane/NNP/PERSON"
                    + " Doe/NNP/PERSON ,/,/O Assistant/NNP/TITLE Secretary/NNP/TITLE for/IN/O"
                    + " Policy/NNP/O Planning/NNP/O at/IN/O the/DT/O Department/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Finance/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/department-of-finance"),
        facts.toString());
  }

  @Test
  void aCopulasSubjectHoldingAnOfficeOfAFieldAtAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Dr/NNP/O Doe/NNP/PERSON ,/,/O 46/CD/O ,/,/O is/VBZ/O currently/RB/O head/NN/O"
                    + " of/IN/O collections/NNS/O at/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Museum/NNP/ORGANIZATION ././O")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON ,/,/O who/WP/O previously/RB/O served/VBD/O"
                    + " as/IN/O Director/NNP/TITLE of/IN/O Policy/NNP/O Planning/NNP/O in/IN/O"
                    + " the/DT/O Department/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Finance/NNP/ORGANIZATION ,/,/O will/MD/O retire/VB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/doe employer organization/bolt-museum"), facts.toString());
    assertTrue(
        facts.contains("person/john-roe employer organization/department-of-finance"),
        facts.toString());
  }
}

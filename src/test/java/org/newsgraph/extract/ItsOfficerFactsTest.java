package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * "Its chief executive, Jane Doe": an office stated with "its" in a sentence after the one that
 * names the organisation, which is that sentence's first organisation, its subject (sentences made
 * up for the tests).
 */
class ItsOfficerFactsTest {

  @Test
  void itsTitleInAppositionIsAnOfficeOfTheOrganisationNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION ,/,/O which/WDT/O is/VBZ/O"
                    + " based/VBN/O in/IN/O Lima/NNP/CITY ,/,/O announced/VBD/O the/DT/O plant/NN/O"
                    + " at/IN/O Bolt/NNP/ORGANIZATION University/NNP/ORGANIZATION ././O")
            .sentence(
                "Its/PRP$/O chief/JJ/TITLE executive/NN/TITLE ,/,/O Jane/NNP/PERSON Doe/NNP/PERSON"
                    + " ,/,/O said/VBD/O the/DT/O plant/NN/O would/MD/O open/VB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/acme-corp"), facts.toString());
    assertTrue(facts.contains("organization/acme-corp leader person/jane-doe"), facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/bolt-university"), facts.toString());
  }
}

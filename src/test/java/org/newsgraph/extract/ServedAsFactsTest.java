package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Offices a person "served as" in a sentence or clause that names the person only by a pronoun or a
 * relative "who" (sentences made up for the tests).
 */
class ServedAsFactsTest {

  @Test
  void aPronounThatServedAsTwoOfficesHoldsBoth() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON was/VBD/O appointed/VBN/O on/IN/O Monday/NNP/O"
                    + " ././O")
            .sentence(
                "She/PRP/O previously/RB/O served/VBD/O as/IN/O Freedonia/NNP/COUNTRY 's/POS/O"
                    + " Deputy/NNP/TITLE High/NNP/TITLE Commissioner/NNP/TITLE in/IN/O"
                    + " Lima/NNP/CITY ,/,/O and/CC/O as/IN/O Consul-General/NNP/TITLE in/IN/O"
                    + " Quito/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title deputy high commissioner"), facts.toString());
    assertTrue(facts.contains("person/jane-doe title consul-general"), facts.toString());
  }

  @Test
  void whoServedAsGivesTheTitleToThePersonBeforeIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O secretary/NN/O is/VBZ/O Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O an/DT/O"
                    + " Indian/JJ/NATIONALITY diplomat/NN/TITLE who/WP/O previously/RB/O"
                    + " served/VBD/O as/IN/O Director/NNP/TITLE of/IN/O Military/NNP/O"
                    + " Strategy/NNP/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe title director of military strategy"), facts.toString());
  }

  @Test
  void aDeputyOfficeServedBeforeDoesNotCutOffTheOfficeHeldNow() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Freedonia/NNP/COUNTRY 's/POS/O High/NNP/TITLE Commissioner/NNP/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O arrived/VBD/O ././O")
            .sentence(
                "She/PRP/O previously/RB/O served/VBD/O as/IN/O Deputy/NNP/TITLE High/NNP/TITLE"
                    + " Commissioner/NNP/TITLE in/IN/O Lima/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title high commissioner"), facts.toString());
    assertTrue(facts.contains("person/jane-doe title deputy high commissioner"), facts.toString());
  }
}

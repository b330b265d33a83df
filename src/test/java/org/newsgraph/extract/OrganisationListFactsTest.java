package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Member lists read from the tokens, one fact per item: formal names, acronyms in brackets and
 * items NER tagged with another type (sentences made up for the tests).
 */
class OrganisationListFactsTest {

  @Test
  void memberStatesNamelyListsEveryItemOfALongList() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "All/DT/O three/CD/O Acme/NNP/ORGANIZATION Member/NNP/O States/NNPS/O ,/,/O"
                    + " namely/RB/O :/:/O Chile/NNP/COUNTRY ,/,/O the/DT/O Union/NNP/O of/IN/O"
                    + " the/DT/O Comoros/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY (/-LRB-/O"
                    + " PE/NNP/ORGANIZATION )/-RRB-/O ,/,/O Bolivia/NNP/PERSON and/CC/O"
                    + " Brazil/NNP/COUNTRY ,/,/O attended/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/chile memberOf organization/acme"), facts.toString());
    assertTrue(facts.contains("country/comoros memberOf organization/acme"), facts.toString());
    assertTrue(facts.contains("country/peru memberOf organization/acme"), facts.toString());
    assertTrue(facts.contains("country/brazil memberOf organization/acme"), facts.toString());
  }
}

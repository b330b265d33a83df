package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Parts said in noun phrases (org-places.rules): "one of the services of"; part_of from names only
 * when the parent is named first or in the same sentence (NameRules; sentences made up for the
 * tests).
 */
class OrganisationPlaceFactsTest {

  @Test
  void oneOfTheServicesOfAnOrganisationIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Freedonian/NNP/ORGANIZATION Navy/NNP/ORGANIZATION is/VBZ/O one/CD/O"
                    + " of/IN/O the/DT/O three/CD/O services/NNS/O of/IN/O the/DT/O"
                    + " Freedonian/NNP/ORGANIZATION Armed/NNP/ORGANIZATION"
                    + " Forces/NNPS/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/freedonian-navy partOf organization/freedonian-armed-forces"),
        facts.toString());
  }

  @Test
  void aLongerNameAfterTheParentsNameIsAPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Acme/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION Research/NNP/ORGANIZATION hired/VBD/O"
                    + " chemists/NNS/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-research partOf organization/acme"), facts.toString());
  }

  @Test
  void aFullNameFollowedByItsShortFormInLaterSentencesOnlyIsNoPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Research/NNP/ORGANIZATION hired/VBD/O"
                    + " chemists/NNS/O ././O")
            .sentence("Acme/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.contains("organization/acme-research partOf organization/acme"), facts.toString());
  }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** Places in places: named sites in cities, chains of divisions (sentences made up for tests). */
class PlaceChainFactsTest {

  @Test
  void aNamedSiteLiesInACityButACityNotInACity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jets/NNS/O fly/VBP/O from/IN/O Norby/NNP/LOCATION Air/NNP/LOCATION"
                    + " Base/NNP/LOCATION in/IN/O Lyon/NNP/CITY ././O")
            .sentence(
                "Crowds/NNS/O gathered/VBD/O near/IN/O Ashford/NNP/CITY in/IN/O"
                    + " Calder/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("place/norby-air-base locatedIn city/lyon"), facts.toString());
    assertFalse(facts.toString().contains("city/ashford locatedIn"), facts.toString());
  }

  @Test
  void aRegionWithLowerCaseRegionLiesInItsCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "He/PRP/O was/VBD/O born/VBN/O in/IN/O Lyon/NNP/CITY ,/,/O a/DT/O city/NN/O"
                    + " in/IN/O the/DT/O Norby/NNP/LOCATION region/NN/O of/IN/O northern/JJ/O"
                    + " Freedonia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("place/norby-region locatedIn country/freedonia"), facts.toString());
    assertTrue(facts.contains("city/lyon locatedIn place/norby-region"), facts.toString());
  }

  @Test
  void aTownNerTookForAnOrganisationLiesInThePlaceItsAppositionNames() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ashford/NNP/ORGANIZATION Falls/NNP/ORGANIZATION ,/,/O a/DT/O town/NN/O of/IN/O"
                    + " about/RB/O 9,000/CD/O people/NNS/O in/IN/O Calder/NNP/LOCATION"
                    + " County/NNP/LOCATION ,/,/O has/VBZ/O no/DT/O clinic/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("city/ashford-falls locatedIn place/calder-county"), facts.toString());
  }

  @Test
  void everyLinkOfAChainOfAppositionsIsRead() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O opened/VBD/O in/IN/O Lyon/NNP/O ,/,/O a/DT/O town/NN/O in/IN/O the/DT/O"
                    + " south/NN/O of/IN/O Norby/NNP/LOCATION ,/,/O a/DT/O region/NN/O of/IN/O"
                    + " northern/JJ/O Freedonia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("city/lyon locatedIn place/norby"), facts.toString());
    assertTrue(facts.contains("place/norby locatedIn country/freedonia"), facts.toString());
  }
}

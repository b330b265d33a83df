package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Facts read from possessives ("Freedonia's Norby province", "the X's member states are"), from "X
 * groups A, B and C", from nationality and origin appositions and from "it" as the subject of a
 * seat (sentences made up for the tests).
 */
class PossessiveAndPronounFactsTest {

  @Test
  void aDivisionAfterItsCountrysPossessiveLiesInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O opened/VBD/O a/DT/O mine/NN/O in/IN/O Chile/NNP/COUNTRY 's/POS/O"
                    + " Haut/NNP/O -/HYPH/O Norby/NNP/O province/NN/O ././O")
            .sentence(
                "Lima/NNP/CITY is/VBZ/O the/DT/O capital/NN/O of/IN/O Peru/NNP/COUNTRY 's/POS/O"
                    + " North/NNP/LOCATION Region/NNP/LOCATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.stream().anyMatch(f -> f.contains("norby") && f.endsWith(" locatedIn country/chile")),
        facts.toString());
    assertTrue(
        facts.stream()
            .anyMatch(f -> f.contains("north-region") && f.endsWith(" locatedIn country/peru")),
        facts.toString());
  }

  @Test
  void aNameWithAPossessiveBeforeItsMemberStatesHasThemAsMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "ACTA/NNP/ORGANIZATION 's/POS/O four/CD/O member/NN/O states/NNS/O are/VBP/O"
                    + " Chile/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY ,/,/O Bolivia/NNP/COUNTRY"
                    + " and/CC/O Brazil/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    for (String country : new String[] {"chile", "peru", "bolivia", "brazil"}) {
      assertTrue(
          facts.contains("country/" + country + " memberOf organization/acta"), facts.toString());
    }
  }

  @Test
  void aNamedUnionThatGroupsCountriesHasThemAsMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "ACU/NNP/ORGANIZATION ,/,/O the/DT/O world/NN/O 's/POS/O oldest/JJS/O"
                    + " customs/NNS/O union/NN/O ,/,/O groups/NNS/O Chile/NNP/COUNTRY ,/,/O"
                    + " Peru/NNP/COUNTRY and/CC/O Bolivia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    for (String country : new String[] {"chile", "peru", "bolivia"}) {
      assertTrue(
          facts.contains("country/" + country + " memberOf organization/acu"), facts.toString());
    }
  }

  @Test
  void itIsTheSeatOfTheOrganisationTheSentenceBeforeIsAbout() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Agency/NNP/ORGANIZATION supports/VBZ/O the/DT/O"
                    + " police/NN/O ././O")
            .sentence(
                "It/PRP/O is/VBZ/O headquartered/VBN/O in/IN/O Lyon/NNP/CITY ,/,/O"
                    + " Chile/NNP/COUNTRY ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Federation/NNP/ORGANIZATION is/VBZ/O a/DT/O"
                    + " union/NN/O ././O")
            .sentence(
                "Founded/VBN/O in/IN/O 1988/CD/DATE ,/,/O it/PRP/O has/VBZ/O been/VBN/O"
                    + " based/VBN/O in/IN/O Lima/NNP/CITY since/IN/O 2001/CD/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-agency headquarters city/lyon"), facts.toString());
    assertTrue(
        facts.contains("organization/bolt-federation headquarters city/lima"), facts.toString());
  }

  @Test
  void itIsNoOrganisationWhenAnotherNameOpensTheSentenceBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O venture/NN/O ,/,/O named/VBN/O Nova/NNP/LOCATION Terra/NNP/LOCATION"
                    + " ,/,/O will/MD/O be/VB/O owned/VBN/O by/IN/O Acme/NNP/ORGANIZATION"
                    + " Corp/NNP/ORGANIZATION ././O")
            .sentence("It/PRP/O will/MD/O be/VB/O headquartered/VBN/O in/IN/O Lyon/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(facts.contains("organization/acme-corp headquarters city/lyon"), facts.toString());
  }

  @Test
  void aNationalityOrAnOriginInAppositionGivesCitizenship() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O outbreak/NN/O spread/VBD/O in/IN/O Chile/NNP/COUNTRY ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O a/DT/O Chilean/JJ/NATIONALITY"
                    + " epidemiologist/NN/O ,/,/O said/VBD/O so/RB/O ././O")
            .sentence(
                "They/PRP/O named/VBD/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O a/DT/O"
                    + " hydrologist/NN/O from/IN/O Peru/NNP/COUNTRY ,/,/O as/IN/O head/NN/O ././O")
            .sentence(
                "He/PRP/O beat/VBD/O Bolivia/NNP/COUNTRY 's/POS/O Eva/NNP/PERSON"
                    + " Sol/NNP/PERSON ././O")
            .sentence(
                "Police/NNS/O from/IN/O Peru/NNP/COUNTRY 's/POS/O Guardia/NNP/PERSON"
                    + " Rural/NNP/PERSON ,/,/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Police/NNP/ORGANIZATION and/CC/O others/NNS/O took/VBD/O part/NN/O ././O")
            .sentence(
                "Officers/NNS/O of/IN/O Chile/NNP/COUNTRY 's/POS/O Policia/NNP/PERSON"
                    + " Civil/NNP/PERSON ,/,/O the/DT/O Chilean/JJ/NATIONALITY Police/NNP/O"
                    + " and/CC/O others/NNS/O took/VBD/O part/NN/O ././O")
            .sentence(
                "Jo/NNP/PERSON Ray/NNP/PERSON ,/,/O a/DT/O Chilean/JJ/NATIONALITY -/HYPH/O"
                    + " born/VBN/O chemist/NN/O ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo citizenship country/chile"), facts.toString());
    assertTrue(facts.contains("person/rui-paz citizenship country/peru"), facts.toString());
    assertTrue(facts.contains("person/eva-sol citizenship country/bolivia"), facts.toString());
    assertFalse(facts.contains("person/jo-ray citizenship country/chile"), facts.toString());
    assertFalse(facts.contains("person/guardia-rural citizenship country/peru"), facts.toString());
    assertFalse(facts.contains("person/policia-civil citizenship country/chile"), facts.toString());
  }
}

package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Seats, parts and memberships said in noun phrases (org-places.rules): an organisation "in" a
 * city, a name after an organisation's possessive, "one of the services of", "of which A has been a
 * member", a member list after a clause, and "A is an X member"; part_of from names only when the
 * parent is named first (NameRules); "head office" as a seat word for KBP candidates (sentences
 * made up for the tests).
 */
class OrganisationPlaceFactsTest {

  @Test
  void anOrganisationModifiedByInACityIsSeatedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O led/VBD/O Acme/NNP/ORGANIZATION Photonics/NNP/ORGANIZATION"
                    + " GmbH/NNP/ORGANIZATION in/IN/O Lyon/NNP/CITY ././O",
                "1>0:nsubj -1>1:root 4>2:compound 4>3:compound 1>4:obj 6>5:case 4>6:nmod:in"
                    + " 1>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-photonics-gmbh headquarters city/lyon"),
        facts.toString());
  }

  @Test
  void aVerbsInACityIsNoSeat() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Photonics/NNP/ORGANIZATION opened|open/VBD/O a/DT/O"
                    + " plant/NN/O in/IN/O Lyon/NNP/CITY ././O",
                "1>0:compound 2>1:nsubj -1>2:root 4>3:det 2>4:obj 6>5:case 2>6:obl:in"
                    + " 2>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.contains("organization/acme-photonics headquarters city/lyon"), facts.toString());
  }

  @Test
  void aNameAfterAnOrganisationsPossessiveIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Cyber/NNP/ORGANIZATION Defence/NNP/ORGANIZATION Centre/NNP/ORGANIZATION"
                    + " opened|open/VBD/O ././O")
            .sentence(
                "Support/NN/O came/VBD/O from/IN/O Acme/NNP/ORGANIZATION 's/POS/O Cyber/NNP/O"
                    + " Defence/NNP/O Centre/NNP/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/cyber-defence-centre partOf organization/acme"),
        facts.toString());
  }

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
  void oneOfTheFoundingMembersOfAnOrganisationIsAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Freedonia/NNP/COUNTRY ,/,/O one/CD/O of/IN/O the/DT/O founding/VBG/O"
                    + " members/NNS/O of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Union/NNP/ORGANIZATION ,/,/O voted/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/freedonia memberOf organization/acme-union"), facts.toString());
  }

  @Test
  void ofWhichACountryHasBeenAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION ,/,/O of/IN/O"
                    + " which/WDT/O Freedonia/NNP/COUNTRY has/VBZ/O been/VBN/O a/DT/O"
                    + " member/NN/O since/IN/O 1995/CD/DATE ,/,/O is/VBZ/O based/VBN/O in/IN/O"
                    + " Lyon/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/freedonia memberOf organization/acme-council"), facts.toString());
  }

  @Test
  void participatingStatesListedAfterAClauseAreMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O ACO/NNP/ORGANIZATION ,/,/O headquartered/VBN/O in/IN/O Lyon/NNP/CITY"
                    + " ,/,/O has/VBZ/O 57/CD/O participating/VBG/O States/NNP/O ,/,/O"
                    + " including/VBG/O Freedonia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/freedonia memberOf organization/aco"), facts.toString());
  }

  @Test
  void theSubjectOfACopulaWithANamedMemberIsAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Freedonia/NNP/COUNTRY is/VBZ/O an/DT/O ACO/NNP/ORGANIZATION member/NN/O ././O",
                "4>0:nsubj 4>1:cop 4>2:det 4>3:compound -1>4:root 4>5:punct")
            .sentence(
                "Norland/NNP/COUNTRY is/VBZ/O a/DT/O former/JJ/O ACO/NNP/ORGANIZATION"
                    + " member/NN/O ././O",
                "5>0:nsubj 5>1:cop 5>2:det 5>3:amod 5>4:compound -1>5:root 5>6:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/freedonia memberOf organization/aco"), facts.toString());
    assertFalse(facts.contains("country/norland memberOf organization/aco"), facts.toString());
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

  @Test
  void aKbpSeatWithHeadOfficeNearby() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION will/MD/O have/VB/O its/PRP$/O head/NN/O office/NN/O"
                    + " in/IN/O Lyon/NNP/CITY ././O")
            .candidate(0, "Acme", "org:city_of_headquarters", "Lyon", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme headquarters city/lyon"), facts.toString());
  }
}

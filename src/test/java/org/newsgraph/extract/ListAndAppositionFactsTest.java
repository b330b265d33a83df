package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Member lists, appositions and possessive offices: the rules added after the held-out evaluation
 * (src/test/resources/heldout). No dependency parse is given unless a rule needs one.
 */
class ListAndAppositionFactsTest {

  @Test
  void aColonListAfterAnOrganisationsMemberStatesMakesEachAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Acme/NNP/ORGANIZATION Pact/NNP/ORGANIZATION met/VBD/O ././O")
            .sentence(
                "The/DT/O association/NN/O has/VBZ/O 3/CD/O member/NN/O states/NNS/O :/:/O"
                    + " Chile/NNP/COUNTRY ,/,/O the/DT/O Peru/NNP/COUNTRY and/CC/O"
                    + " Bolivia/NNP/COUNTRY ././O")
            .build();

    assertEquals(
        Set.of(
            "country/bolivia memberOf organization/acme-pact",
            "country/chile memberOf organization/acme-pact",
            "country/peru memberOf organization/acme-pact"),
        Extraction.asserted(doc));
  }

  @Test
  void whoseMembersAreListsTheMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ecuador/NNP/COUNTRY will/MD/O not/RB/O join/VB/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Pact/NNP/ORGANIZATION ,/,/O whose/WP$/O members/NNS/O are/VBP/O"
                    + " Chile/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY and/CC/O Bolivia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/chile memberOf organization/acme-pact"));
    assertTrue(facts.contains("country/bolivia memberOf organization/acme-pact"));
    assertFalse(facts.contains("country/ecuador memberOf organization/acme-pact"));
  }

  @Test
  void aMemberOfTwoOrganisationsAndAlsoAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION and/CC/O of/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Union/NNP/ORGANIZATION ././O")
            .sentence(
                "Chile/NNP/COUNTRY ,/,/O which/WDT/O is/VBZ/O also/RB/O a/DT/O member/NN/O"
                    + " of/IN/O the/DT/O Acme/NNP/ORGANIZATION ,/,/O agreed/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "country/chile memberOf organization/acme",
            "country/peru memberOf organization/acme",
            "country/peru memberOf organization/bolt-union"),
        Extraction.asserted(doc));
  }

  @Test
  void aSeatAfterADescriptionInApposition() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION ,/,/O a/DT/O privately/RB/O held/VBN/O"
                    + " company/NN/O headquartered/VBN/O in/IN/O Lima/NNP/CITY ,/,/O grew/VBD/O"
                    + " ././O")
            .build();

    assertEquals(Set.of("organization/acme-ltd headquarters city/lima"), Extraction.asserted(doc));
  }

  @Test
  void theBodyOfAnotherOrganisationIsPartOfItAndTheSeatIsItsOwn() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "They/PRP/O joined/VBD/O the/DT/O Bolt/NNP/ORGANIZATION Agency/NNP/ORGANIZATION"
                    + " ,/,/O the/DT/O Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION body/NN/O"
                    + " headquartered/VBN/O in/IN/O Lima/NNP/CITY ././O")
            .build();

    assertEquals(
        Set.of(
            "organization/bolt-agency headquarters city/lima",
            "organization/bolt-agency partOf organization/acme-union"),
        Extraction.asserted(doc));
  }

  @Test
  void theNamedSubjectOfAConjoinedHeadquarteredInHasTheSeat() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Agency/NNP/ORGANIZATION is/VBZ/O responsible/JJ/O"
                    + " for/IN/O ports/NNS/O and/CC/O is/VBZ/O headquartered/VBN/O in/IN/O"
                    + " Lima/NNP/CITY ././O",
                "2>0:det 2>1:compound 4>2:nsubj 9>2:nsubj:pass 4>3:cop -1>4:root 6>5:case"
                    + " 4>6:obl:for 9>7:cc 9>8:aux:pass 4>9:conj:and 11>10:case 9>11:obl:in"
                    + " 4>12:punct")
            .build();

    assertEquals(
        Set.of("organization/acme-agency headquarters city/lima"), Extraction.asserted(doc));
  }

  @Test
  void aCommonNounSubjectOfHeadquarteredIsNoDescriptionOfTheOrganisationBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "They/PRP/O met/VBD/O the/DT/O Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION"
                    + " body/NN/O headquartered/VBN/O in/IN/O Lima/NNP/CITY ././O",
                "1>0:nsubj 6>1:ccomp 5>2:det 4>3:compound 5>4:compound 6>5:nsubj -1>6:root"
                    + " 8>7:case 6>8:obl:in 6>9:punct")
            .build();

    assertFalse(
        Extraction.asserted(doc).contains("organization/acme-union headquarters city/lima"));
  }

  @Test
  void whoseSecretariatIsInGivesTheSeat() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY left/VBD/O the/DT/O Acme/NNP/ORGANIZATION Pact/NNP/ORGANIZATION"
                    + " ,/,/O whose/WP$/O secretariat/NN/O is/VBZ/O in/IN/O Lima/NNP/CITY ././O")
            .build();

    assertTrue(Extraction.asserted(doc).contains("organization/acme-pact headquarters city/lima"));
  }

  @Test
  void aTitleOfAnOrganisationInAppositionGivesTitleEmployerAndLeader() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O was/VBD/O signed/VBN/O by/IN/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O"
                    + " Director/NNP/TITLE General/NNP/TITLE of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Agency/NNP/ORGANIZATION ,/,/O and/CC/O"
                    + " others/NNS/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title director general"));
    assertTrue(facts.contains("person/ana-lobo employer organization/acme-agency"));
    assertTrue(facts.contains("organization/acme-agency leader person/ana-lobo"));
  }

  @Test
  void aCapitalisedChiefOfTheStaffOfABodyHeadsIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "General/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O Chief/NNP/O of/IN/O the/DT/O"
                    + " Defence/NNP/O Staff/NNP/O of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Forces/NNPS/ORGANIZATION ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/ana-lobo title chief of the defence staff of the acme forces"));
    assertTrue(facts.contains("person/ana-lobo employer organization/acme-forces"));
  }

  @Test
  void aPossessiveOfficeBeforeTheNameInApposition() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY 's/POS/O Minister/NNP/TITLE of/IN/O Health/NNP/ORGANIZATION"
                    + " ,/,/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O visited/VBD/O the/DT/O"
                    + " Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Health/NNP/ORGANIZATION"
                    + " ././O")
            .build();

    assertEquals(
        Set.of(
            "organization/ministry-of-health leader person/ana-lobo",
            "person/ana-lobo citizenship country/chile",
            "person/ana-lobo employer country/chile",
            "person/ana-lobo employer organization/ministry-of-health",
            "person/ana-lobo title minister of health"),
        Extraction.asserted(doc));
  }

  @Test
  void aCompanysOfficerNamedAfterItsPossessive() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION ASA/NNP/ORGANIZATION grew/VBD/O"
                    + " ././O")
            .sentence("Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION makes/VBZ/O radars/NNS/O ././O")
            .sentence(
                "Acme/NNP/PERSON 's/POS/O Chief/NNP/TITLE Financial/NNP/TITLE Officer/NNP/TITLE"
                    + " ,/,/O Rui/NNP/PERSON Soto/NNP/PERSON ,/,/O said/VBD/O so/RB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/rui-soto employer organization/acme-tools-asa"));
    assertTrue(facts.contains("person/rui-soto title chief financial officer"));
  }

  @Test
  void aNationalCounterpartServesThatCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Peru/NNP/COUNTRY sent/VBD/O a/DT/O team/NN/O ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON and/CC/O her/PRP$/O Peruvian/JJ/NATIONALITY"
                    + " counterpart/NN/O ,/,/O Rui/NNP/PERSON Soto/NNP/PERSON ,/,/O met/VBD/O"
                    + " ././O")
            .build();

    assertEquals(
        Set.of("person/rui-soto citizenship country/peru", "person/rui-soto employer country/peru"),
        Extraction.asserted(doc));
  }

  @Test
  void aResearcherAtAPlaceBasedInstitute() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "said/VBD/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O a/DT/O former/JJ/O"
                    + " researcher/NN/TITLE at/IN/O the/DT/O Lima/NNP/CITY -/HYPH/O based/VBN/O"
                    + " Acme/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo employer organization/acme-institute"));
    assertTrue(facts.contains("organization/acme-institute headquarters city/lima"));
  }

  @Test
  void placesInAppositionsRegionsAndCommaLists() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ships/NNS/O left/VBD/O Lyon/NNP/CITY ,/,/O a/DT/O port/NN/O city/NN/O in/IN/O"
                    + " southern/JJ/O Chile/NNP/COUNTRY ././O")
            .sentence(
                "A/DT/O station/NN/O opened/VBD/O in/IN/O the/DT/O Eastern/NNP/LOCATION"
                    + " Province/NNP/LOCATION of/IN/O Peru/NNP/COUNTRY ././O")
            .sentence(
                "It/PRP/O began/VBD/O in/IN/O Tacna/NNP/CITY ,/,/O Peru/NNP/COUNTRY ,/,/O and/CC/O"
                    + " its/PRP$/O office/NN/O moved/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "city/lyon locatedIn country/chile",
            "city/tacna locatedIn country/peru",
            "place/eastern-province locatedIn country/peru"),
        Extraction.asserted(doc));
  }
}

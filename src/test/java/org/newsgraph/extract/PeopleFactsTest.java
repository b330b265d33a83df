package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** Titles, employers, citizenship and leaders of people (pattern rules and KBP slots). */
class PeopleFactsTest {

  @Test
  void aNationalOfficeGivesTitleEmployerCitizenshipAndLeader() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chilean/JJ/NATIONALITY President/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON"
                    + " met/VBD/O Peru/NNP/COUNTRY 's/POS/O Defense/NNP/TITLE Minister/NNP/TITLE"
                    + " Rui/NNP/PERSON Paz/NNP/PERSON ././O")
            .build();

    assertEquals(
        Set.of(
            "country/chile leader person/ana-lobo",
            "person/ana-lobo citizenship country/chile",
            "person/ana-lobo employer country/chile",
            "person/ana-lobo title president",
            "person/rui-paz citizenship country/peru",
            "person/rui-paz employer country/peru",
            "person/rui-paz title defense minister"),
        Extraction.asserted(doc),
        "a defense minister does not lead the country");
  }

  @Test
  void anOrganisationsHeadLeadsItAndASpokesmanDoesNot() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION chairman/NN/TITLE Ana/NNP/PERSON"
                    + " Lobo/NNP/PERSON and/CC/O Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION"
                    + " spokesman/NN/TITLE Rui/NNP/PERSON Paz/NNP/PERSON agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-corp leader person/ana-lobo"), facts.toString());
    assertTrue(facts.contains("person/rui-paz employer organization/acme-corp"), facts.toString());
    assertFalse(facts.contains("organization/acme-corp leader person/rui-paz"), facts.toString());
  }

  @Test
  void aKbpTitleFarFromThePersonIsNotTaken() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "After/IN/O dinner/NN/O with/IN/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O the/DT/O"
                    + " Peruvian/JJ/NATIONALITY leader/NN/TITLE said/VBD/O no/DT/O ././O",
                "1>0:case 9>1:obl 4>2:case 4>3:compound 1>4:nmod:with 9>5:punct 8>6:det"
                    + " 8>7:amod 9>8:nsubj -1>9:root 9>10:obj 9>11:punct")
            .candidate(0, "Ana Lobo", "per:title", "leader", "kbp", 0.9)
            .candidate(0, "Ana Lobo", "per:origin", "Peruvian", "kbp", 1.0)
            .build();

    assertEquals(Set.of(), Extraction.asserted(doc));
  }

  @Test
  void anAppositionNamingTheHeadedBodyGivesTitleEmployersAndLeader() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Italy/NNP/COUNTRY sent/VBD/O ships/NNS/O ././O")
            .sentence(
                "Admiral/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O chief/NN/O of/IN/O"
                    + " the/DT/O Italian/JJ/NATIONALITY navy/NN/O ,/,/O agreed/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "organization/italian-navy leader person/ana-lobo",
            "person/ana-lobo citizenship country/italy",
            "person/ana-lobo employer country/italy",
            "person/ana-lobo employer organization/italian-navy",
            "person/ana-lobo title admiral",
            "person/ana-lobo title chief of the italian navy"),
        Extraction.asserted(doc));
  }

  @Test
  void aGluedAcronymBeforeATitleIsTakenBackIntoIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "UNSecretary/NNP/O General/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON"
                    + " spoke/VBD/O ././O")
            .build();

    assertEquals(Set.of("person/ana-lobo title secretary general"), Extraction.asserted(doc));
  }

  @Test
  void servingAsATitleOfACountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON served|serve/VBD/O as/IN/O President/NNP/TITLE"
                    + " of/IN/O Chile/NNP/COUNTRY until/IN/O 2020/CD/DATE ././O")
            .build();

    assertEquals(
        Set.of(
            "country/chile leader person/ana-lobo",
            "person/ana-lobo employer country/chile",
            "person/ana-lobo title president"),
        Extraction.asserted(doc));
  }

  @Test
  void aMinisterOfAFieldLeadsTheMinistryOfThatField() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Defence/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON"
                    + " spoke/VBD/O ././O")
            .sentence(
                "The/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Defense/NNP/ORGANIZATION"
                    + " agreed/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "organization/ministry-of-defense leader person/ana-lobo",
            "person/ana-lobo employer organization/ministry-of-defense",
            "person/ana-lobo title defence minister"),
        Extraction.asserted(doc));
  }

  @Test
  void citizenshipNeedsACountryObject() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O a/DT/O Chilean/JJ/NATIONALITY citizen/NN/O"
                    + " ,/,/O joined/VBD/O Acme/NNP/ORGANIZATION ././O")
            .candidate(0, "Ana Lobo", "per:countries_of_residence", "Acme", "kbp", 1.0)
            .build();

    assertEquals(Set.of("person/ana-lobo citizenship country/chile"), Extraction.asserted(doc));
  }

  @Test
  void aDeputyLeadsNothing() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chilean/JJ/NATIONALITY Vice/NNP/TITLE President/NNP/TITLE Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/rui-paz title vice president"), facts.toString());
    assertFalse(facts.contains("country/chile leader person/rui-paz"), facts.toString());
  }

  @Test
  void aPersonOfACountryIsItsCitizen() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Talks/NNS/O between/IN/O Ana/NNP/PERSON Lobo/NNP/PERSON of/IN/O"
                    + " Chile/NNP/COUNTRY and/CC/O Rui/NNP/PERSON Paz/NNP/PERSON of/IN/O"
                    + " Peru/NNP/COUNTRY ended/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "person/ana-lobo citizenship country/chile", "person/rui-paz citizenship country/peru"),
        Extraction.asserted(doc));
  }

  @Test
  void aTitleAsTheSubjectOfACopulaNamesItsHolder() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION 's/POS/O chief/JJ/TITLE"
                    + " executive/NN/TITLE is/VBZ/O Ana/NNP/PERSON Lobo/NNP/PERSON ././O")
            .sentence(
                "The/DT/O current/JJ/O chairman/NN/TITLE is/VBZ/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo title chief executive"), facts.toString());
    assertTrue(facts.contains("person/ana-lobo employer organization/acme-corp"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title chairman"), facts.toString());
  }

  @Test
  void aTitleNotHeldIsNoFact() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O next/JJ/O chairman/NN/TITLE could/MD/O be/VB/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O")
            .build();

    assertEquals(Set.of(), Extraction.asserted(doc));
  }

  @Test
  void headingOrLeadingAnOrganisationMakesItsLeader() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON heads|head/VBZ/O Acme/NNP/ORGANIZATION ././O",
                "1>0:flat 2>1:nsubj -1>2:root 2>3:obj 2>4:punct")
            .sentence(
                "Bolt/NNP/ORGANIZATION is/VBZ/O led|lead/VBN/O by/IN/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O",
                "2>0:nsubj:pass 2>1:aux:pass -1>2:root 4>3:case 2>4:obl:agent 4>5:flat"
                    + " 2>6:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme leader person/ana-lobo"), facts.toString());
    assertTrue(facts.contains("organization/bolt leader person/rui-paz"), facts.toString());
  }

  @Test
  void aDescribedOrganisationLedOrChairedByAPersonIsLedByThem() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Relief/NNP/ORGANIZATION Mission/NNP/ORGANIZATION"
                    + " began/VBD/O ././O")
            .sentence(
                "The/DT/O mission/NN/O is/VBZ/O led|lead/VBN/O by/IN/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O",
                "1>0:det 3>1:nsubj:pass 3>2:aux:pass -1>3:root 5>4:case 3>5:obl:agent 5>6:flat"
                    + " 3>7:punct")
            .sentence(
                "Bolt/NNP/ORGANIZATION is/VBZ/O chaired|chair/VBN/O by/IN/O Ana/NNP/PERSON"
                    + " Lobo/NNP/PERSON ././O",
                "2>0:nsubj:pass 2>1:aux:pass -1>2:root 4>3:case 2>4:obl:agent 4>5:flat"
                    + " 2>6:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-relief-mission leader person/rui-paz"), facts.toString());
    assertTrue(facts.contains("organization/bolt leader person/ana-lobo"), facts.toString());
  }

  @Test
  void aDescribedCompanysChiefExecutiveWorksForTheCompanyNamedLast() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "\"/``/O We/PRP/O grew/VBD/O ,/,/O \"/''/O said/VBD/O Ana/NNP/PERSON"
                    + " Lobo/NNP/PERSON ,/,/O the/DT/O company/NN/O 's/POS/O chief/JJ/TITLE"
                    + " executive/NN/TITLE ././O",
                "5>0:punct 2>1:nsubj 5>2:ccomp 5>3:punct 5>4:punct -1>5:root 5>6:nsubj"
                    + " 6>7:flat 6>8:punct 10>9:det 13>10:nmod:poss 10>11:case 13>12:amod"
                    + " 6>13:appos 5>14:punct")
            .sentence(
                "Bolt/NNP/ORGANIZATION ,/,/O whose/WP$/O chairman/NN/TITLE is/VBZ/O"
                    + " Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/ana-lobo employer organization/acme-corp"), facts.toString());
    assertTrue(facts.contains("organization/acme-corp leader person/ana-lobo"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title chairman"), facts.toString());
    assertTrue(facts.contains("organization/bolt leader person/rui-paz"), facts.toString());
  }

  @Test
  void aChiefOfAStaffOfTheForcesLeadsTheForcesAndAPolicyChiefLeadsNothing() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "General/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O Chief/NNP/O of/IN/O"
                    + " the/DT/O General/NNP/O Staff/NNP/O of/IN/O the/DT/O"
                    + " Freedonian/NNP/ORGANIZATION Armed/NNP/ORGANIZATION"
                    + " Forces/NNPS/ORGANIZATION ,/,/O spoke/VBD/O ././O")
            .sentence(
                "Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O the/DT/O policy/NN/TITLE"
                    + " chief/NN/TITLE of/IN/O Acme/NNP/ORGANIZATION ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/freedonian-armed-forces leader person/ana-lobo"),
        facts.toString());
    assertTrue(facts.contains("person/rui-paz employer organization/acme"), facts.toString());
    assertFalse(facts.contains("organization/acme leader person/rui-paz"), facts.toString());
  }

  @Test
  void aMinisterHeadsTheMinistryOnlyWhenTheTextNamesOneThatFits() {
    AnnotatedDocument one =
        new DocBuilder("a.txt")
            .sentence(
                "Chilean/JJ/NATIONALITY Defence/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON"
                    + " Lobo/NNP/PERSON visited/VBD/O the/DT/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Defence/NNP/ORGANIZATION ././O")
            .build();
    AnnotatedDocument two =
        new DocBuilder("b.txt")
            .sentence(
                "Peruvian/JJ/NATIONALITY Defence/NNP/TITLE Minister/NNP/TITLE Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON visited/VBD/O the/DT/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Defence/NNP/ORGANIZATION and/CC/O the/DT/O"
                    + " Defence/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION ././O")
            .build();

    assertTrue(
        Extraction.asserted(one)
            .contains("organization/ministry-of-defence leader person/ana-lobo"));
    Set<String> facts = Extraction.asserted(two);
    assertTrue(
        facts.stream().noneMatch(f -> f.endsWith("leader person/rui-paz")), facts.toString());
  }

  @Test
  void officesInRelativeClausesAppositionsAndAppointmentsGiveTitleEmployerCitizenship() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O who/WP/O is/VBZ/O also/RB/O"
                    + " Chile/NNP/COUNTRY 's/POS/O Defence/NNP/TITLE Minister/NNP/TITLE ,/,/O"
                    + " spoke/VBD/O ././O")
            .sentence(
                "They/PRP/O met/VBD/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O the/DT/O"
                    + " President/NNP/TITLE of/IN/O Peru/NNP/COUNTRY ,/,/O twice/RB/O ././O")
            .sentence(
                "Lima/NNP/CITY named/VBD/O Eva/NNP/PERSON Sol/NNP/PERSON as/IN/O"
                    + " Peru/NNP/COUNTRY 's/POS/O next/JJ/O ambassador/NN/TITLE ././O")
            .sentence(
                "Tom/NNP/PERSON Roe/NNP/PERSON is|be/VBZ/O currently/RB/O a/DT/O"
                    + " divisional/JJ/O manager/NN/TITLE at/IN/O Acme/NNP/ORGANIZATION ././O")
            .candidate(3, "Tom Roe", "per:title", "manager", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo title defence minister",
                "person/ana-lobo employer country/chile",
                "person/ana-lobo citizenship country/chile",
                "person/rui-paz citizenship country/peru",
                "person/eva-sol title next ambassador",
                "person/eva-sol employer country/peru",
                "person/eva-sol citizenship country/peru",
                "person/tom-roe title divisional manager",
                "person/tom-roe employer organization/acme")),
        facts.toString());
    assertFalse(facts.contains("person/tom-roe title manager"), facts.toString());
  }

  @Test
  void aPersonWhoJoinsAnOrganisationWorksForIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON joins|join/VBZ/O Acme/NNP/ORGANIZATION ././O",
                "1>0:flat 2>1:nsubj -1>2:root 2>3:obj 2>4:punct")
            .build();

    assertEquals(Set.of("person/ana-lobo employer organization/acme"), Extraction.asserted(doc));
  }

  @Test
  void aPastOfficeInARelativeClauseIsNoTitle() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O who/WP/O was/VBD/O"
                    + " Chile/NNP/COUNTRY 's/POS/O ambassador/NN/TITLE ,/,/O spoke/VBD/O ././O")
            .build();

    assertEquals(Set.of(), Extraction.asserted(doc));
  }

  @Test
  void aPresidentByTitleAloneUnderADatelineHeadsTheDatelinesCountry() {
    AnnotatedDocument dated =
        new DocBuilder("a.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O 4/CD/DATE June/NNP/DATE —/:/O President/NNP/TITLE"
                    + " Ana/NNP/PERSON Lobo/NNP/PERSON approved/VBD/O the/DT/O plan/NN/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION President/NNP/TITLE"
                    + " John/NNP/PERSON Roe/NNP/PERSON welcomed/VBD/O it/PRP/O ././O")
            .sentence(
                "Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O the/DT/O president/NN/TITLE ,/,/O"
                    + " spoke/VBD/O ././O",
                "-1>6:root 6>1:nsubj 1>0:compound 1>4:appos 4>3:det 1>2:punct 4>5:punct"
                    + " 6>7:punct")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .build();
    AnnotatedDocument undated =
        new DocBuilder("b.txt")
            .sentence(
                "President/NNP/TITLE Eva/NNP/PERSON Sol/NNP/PERSON met/VBD/O officials/NNS/O"
                    + " of/IN/O Peru/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY and/CC/O Peru/NNP/COUNTRY"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(dated, undated);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo employer country/peru",
                "person/ana-lobo citizenship country/peru",
                "country/peru leader person/ana-lobo")),
        facts.toString());
    assertFalse(facts.contains("person/john-roe employer country/peru"), facts.toString());
    assertTrue(facts.contains("person/rui-paz title president"), facts.toString());
    assertFalse(facts.contains("person/rui-paz employer country/peru"), facts.toString());
    assertTrue(
        facts.stream().noneMatch(f -> f.startsWith("person/eva-sol employer")), facts.toString());
  }

  @Test
  void aDatelineAfterAHeadlineAndABylineGivesTheCountry() {
    AnnotatedDocument story =
        new DocBuilder("a.txt")
            .sentence("Lima/NNP/CITY signs/VBZ/O drone/NN/O deal/NN/O")
            .sentence("By/IN/O Staff/NNP/O Reporter/NNP/O")
            .sentence(
                "LIMA/NNP/CITY ,/,/O Nov/NNP/DATE 26/CD/DATE -/:/O Defence/NNP/TITLE"
                    + " Minister/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON signed/VBD/O ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .build();
    AnnotatedDocument late =
        new DocBuilder("b.txt")
            .sentence("Talks/NNS/O ended/VBD/O ././O")
            .sentence("Talks/NNS/O resumed/VBD/O ././O")
            .sentence("Talks/NNS/O went/VBD/O on/RP/O ././O")
            .sentence("Officials/NNS/O met/VBD/O ././O")
            .sentence(
                "LIMA/NNP/CITY ,/,/O Nov/NNP/DATE 26/CD/DATE -/:/O Foreign/NNP/TITLE"
                    + " Minister/NNP/TITLE Eva/NNP/PERSON Sol/NNP/PERSON spoke/VBD/O ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(story, late);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo employer country/peru",
                "person/ana-lobo citizenship country/peru")),
        facts.toString());
    assertTrue(
        facts.stream().noneMatch(f -> f.startsWith("person/eva-sol employer")), facts.toString());
  }

  @Test
  void aNationalOfficeWithNoCountryServesTheDatelinesCountry() {
    AnnotatedDocument dated =
        new DocBuilder("a.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O 4/CD/DATE June/NNP/DATE —/:/O Defence/NNP/TITLE"
                    + " Minister/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON met/VBD/O"
                    + " Chilean/JJ/NATIONALITY Foreign/NNP/TITLE Minister/NNP/TITLE"
                    + " Rui/NNP/PERSON Paz/NNP/PERSON ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .build();
    AnnotatedDocument undated =
        new DocBuilder("b.txt")
            .sentence(
                "Defence/NNP/TITLE Minister/NNP/TITLE Eva/NNP/PERSON Sol/NNP/PERSON met/VBD/O"
                    + " officials/NNS/O in/IN/O Lima/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(dated, undated);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo employer country/peru",
                "person/ana-lobo citizenship country/peru",
                "person/rui-paz employer country/chile")),
        facts.toString());
    assertFalse(facts.contains("person/rui-paz employer country/peru"), facts.toString());
    assertTrue(
        facts.stream().noneMatch(f -> f.startsWith("person/eva-sol employer")), facts.toString());
  }

  @Test
  void aMinisterHeadsOnlyAMinistryOfTheirOwnCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O 4/CD/DATE June/NNP/DATE —/:/O Chilean/JJ/NATIONALITY"
                    + " Defence/NNP/TITLE Minister/NNP/TITLE Rui/NNP/PERSON Paz/NNP/PERSON"
                    + " visited/VBD/O the/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Defence/NNP/ORGANIZATION ././O")
            .sentence("Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY agreed/VBD/O ././O")
            .build();
    AnnotatedDocument possessive =
        new DocBuilder("b.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O 5/CD/DATE June/NNP/DATE —/:/O Chilean/JJ/NATIONALITY"
                    + " Health/NNP/TITLE Minister/NNP/TITLE Eva/NNP/PERSON Sol/NNP/PERSON"
                    + " spoke/VBD/O at/IN/O Chile/NNP/COUNTRY 's/POS/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Health/NNP/ORGANIZATION ././O")
            .sentence("Peru/NNP/COUNTRY agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc, possessive);

    assertTrue(
        facts.stream().noneMatch(f -> f.endsWith("leader person/rui-paz")), facts.toString());
    assertTrue(
        facts.contains("organization/ministry-of-health leader person/eva-sol"), facts.toString());
  }

  @Test
  void aFunctionWordOfACountrysNameDoesNotMakeAMinistryThatCountrys() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O 4/CD/DATE June/NNP/DATE —/:/O Defence/NNP/TITLE"
                    + " Minister/NNP/TITLE Rui/NNP/PERSON Paz/NNP/PERSON named/VBD/O an/DT/O"
                    + " envoy/NN/O to/TO/O the/DT/O Republic/NNP/COUNTRY of/IN/COUNTRY"
                    + " Chile/NNP/COUNTRY ././O")
            .sentence(
                "She/PRP/O works/VBZ/O at/IN/O the/DT/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Defence/NNP/ORGANIZATION ././O")
            .sentence("Peru/NNP/COUNTRY agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/rui-paz employer country/peru"), facts.toString());
    assertTrue(
        facts.contains("organization/ministry-of-defence leader person/rui-paz"), facts.toString());
  }

  @Test
  void aPortfolioNerLeftOutIsPartOfTheTitle() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O who/WP/O is/VBZ/O also/RB/O"
                    + " Chile/NNP/COUNTRY 's/POS/O Minister/NNP/TITLE for/IN/O Foreign/NNP/O"
                    + " Affairs/NNPS/O and/CC/O Trade/NNP/O ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/ana-lobo title minister for foreign affairs and trade"),
        facts.toString());
  }

  @Test
  void officesOfACountryInAppositionOnEitherSideOfTheName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "He/PRP/O met/VBD/O the/DT/O Minister/NNP/TITLE of/IN/O Defence/NNP/O of/IN/O"
                    + " Peru/NNP/COUNTRY ,/,/O His/PRP$/O Excellency/NNP/O Rui/NNP/PERSON"
                    + " Paz/NNP/PERSON ././O")
            .sentence(
                "Mr/NNP/O Paz/NNP/PERSON ,/,/O Peru/NNP/COUNTRY 's/POS/O president-elect/NN/TITLE"
                    + " ,/,/O spoke/VBD/O ././O")
            .sentence("Minister/NNP/TITLE Paz/NNP/PERSON left/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/rui-paz title minister of defence",
                "person/rui-paz employer country/peru",
                "person/rui-paz citizenship country/peru",
                "person/rui-paz title president-elect")),
        facts.toString());
    assertFalse(facts.contains("person/rui-paz title minister"), facts.toString());
  }

  @Test
  void headingOfficesBeforeNamesOfficesWithCountriesAfterThemAndAppointments() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Chief/NNP/O of/IN/O the/DT/O Zeta/NNP/ORGANIZATION"
                    + " Defence/NNP/ORGANIZATION Force/NNP/ORGANIZATION ,/,/O Admiral/NNP/TITLE"
                    + " Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .sentence(
                "President/NNP/TITLE Rui/NNP/PERSON Paz/NNP/PERSON of/IN/O Peru/NNP/COUNTRY"
                    + " spoke/VBD/O ././O")
            .sentence(
                "Eva/NNP/PERSON Sol/NNP/PERSON has/VBZ/O been/VBN/O appointed/VBN/O as/IN/O"
                    + " Chile/NNP/COUNTRY 's/POS/O defence/NN/TITLE attaché/NN/TITLE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo title chief of the zeta defence force",
                "person/ana-lobo employer organization/zeta-defence-force",
                "organization/zeta-defence-force leader person/ana-lobo",
                "person/rui-paz employer country/peru",
                "country/peru leader person/rui-paz",
                "person/eva-sol title defence attaché",
                "person/eva-sol employer country/chile")),
        facts.toString());
  }

  @Test
  void anOrganisationAppointingAPersonAsItsOfficerEmploysAndIsLedByThem() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION has/VBZ/O appointed/VBN/O"
                    + " Dr/NNP/O Ana/NNP/PERSON Lobo/NNP/PERSON as/IN/O its/PRP$/O new/JJ/O"
                    + " chief/JJ/TITLE executive/NN/TITLE ././O")
            .sentence(
                "Members/NNS/O elected/VBD/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O a/DT/O"
                    + " lawyer/NN/TITLE ,/,/O as/IN/O President/NNP/TITLE of/IN/O"
                    + " Bolt/NNP/ORGANIZATION League/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo title chief executive",
                "person/ana-lobo employer organization/acme-corp",
                "organization/acme-corp leader person/ana-lobo",
                "person/rui-paz title president",
                "person/rui-paz employer organization/bolt-league",
                "organization/bolt-league leader person/rui-paz")),
        facts.toString());
  }

  @Test
  void whoHasLedTheMuseumMeansTheLastMuseumNamedNotTheLastOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Lyon/NNP/ORGANIZATION Museum/NNP/ORGANIZATION signed/VBD/O"
                    + " with/IN/O Acme/NNP/ORGANIZATION Corp/NNP/ORGANIZATION ././O")
            .sentence(
                "She/PRP/O succeeds/VBZ/O Rui/NNP/PERSON Paz/NNP/PERSON ,/,/O who/WP/O"
                    + " has/VBZ/O led/VBN/O the/DT/O museum/NN/O since/IN/O 2009/CD/DATE ././O")
            .sentence(
                "Eva/NNP/PERSON Sol/NNP/PERSON ,/,/O the/DT/O Company/NNP/O 's/POS/O"
                    + " chief/JJ/TITLE financial/JJ/TITLE officer/NN/TITLE ,/,/O spoke/VBD/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "organization/lyon-museum leader person/rui-paz",
                "person/rui-paz employer organization/lyon-museum",
                "person/eva-sol employer organization/acme-corp")),
        facts.toString());
    assertFalse(facts.contains("organization/acme-corp leader person/rui-paz"), facts.toString());
  }

  @Test
  void anOfficeTakenOrGivenKeepsItsFieldInLowerCase() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O the/DT/O leader/NN/TITLE of/IN/O"
                    + " the/DT/O party/NN/O ,/,/O becomes/VBZ/O minister/NN/TITLE of/IN/O"
                    + " national/JJ/O defence/NN/O ././O")
            .sentence(
                "The/DT/O premier/NN/TITLE named/VBD/O Rui/NNP/PERSON Paz/NNP/PERSON as/IN/O"
                    + " minister/NN/TITLE of/IN/O health/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo title minister of national defence",
                "person/rui-paz title minister of health")),
        facts.toString());
    assertFalse(facts.contains("person/rui-paz title minister"), facts.toString());
  }

  @Test
  void lowerCaseWordsBeforeAPossessiveOfficeAndCopulasOfOffices() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Later/RB/O ,/,/O Acme/NNP/ORGANIZATION 's/POS/O commercial/JJ/O"
                    + " director/NN/TITLE ,/,/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O"
                    + " spoke/VBD/O ././O")
            .sentence(
                "Rui/NNP/PERSON Paz/NNP/PERSON was/VBD/O Bolt/NNP/ORGANIZATION"
                    + " Group/NNP/ORGANIZATION 's/POS/O first/JJ/O president/NN/TITLE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "person/ana-lobo title commercial director",
                "person/ana-lobo employer organization/acme",
                "person/rui-paz title president",
                "person/rui-paz employer organization/bolt-group",
                "organization/bolt-group leader person/rui-paz")),
        facts.toString());
    assertFalse(facts.contains("organization/acme leader person/ana-lobo"), facts.toString());
  }
}

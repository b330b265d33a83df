package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Offices whose organisation or holder is written as a reference (references.rules, {@link
 * KnownNames#organizationByShortName}, {@link LeaderRule#pairable}): a short name or acronym in the
 * possessive, a pronoun holder, and titles of "its" organisation (sentences made up for the tests).
 */
class ReferenceOfficeFactsTest {

  @Test
  void anAcronymInThePossessiveAfterANameEmploysThePerson() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Freedonian/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Federation/NNP/ORGANIZATION (/-LRB-/O FRF/NNP/ORGANIZATION )/-RRB-/O"
                    + " met/VBD/O ././O")
            .sentence(
                "She/PRP/O defeated/VBD/O John/NNP/PERSON Roe/NNP/PERSON ,/,/O"
                    + " FRF/NNP/STATE_OR_PROVINCE 's/POS/O senior/JJ/O vice-president/NN/TITLE"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/freedonian-rowing-federation"),
        facts.toString());
  }

  @Test
  void aShortNameAfterAnAdverbOrTheEmploysThePerson() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Alloys/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION"
                    + " signed/VBD/O a/DT/O deal/NN/O ././O")
            .sentence(
                "The/DT/O plant/NN/O will/MD/O be/VB/O run/VBN/O by/IN/O Jane/NNP/PERSON"
                    + " Doe/NNP/PERSON ,/,/O currently/RB/O Acme/NNP/O 's/POS/O chief/JJ/TITLE"
                    + " engineer/NN/TITLE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-alloys-ltd"), facts.toString());
  }

  @Test
  void aShortNameNerTookForAPersonIsTheFirstNamedCompanyItStarts() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION Marine/NNP/ORGANIZATION Systems/NNP/ORGANIZATION"
                    + " won/VBD/O a/DT/O contract/NN/O ././O")
            .sentence(
                "Its/PRP$/O unit/NN/O Bolt/NNP/ORGANIZATION Hellas/NNP/ORGANIZATION will/MD/O"
                    + " build/VB/O ships/NNS/O ././O")
            .sentence(
                "Bolt/NNP/PERSON 's/POS/O chief/JJ/TITLE executive/NN/TITLE ,/,/O"
                    + " John/NNP/PERSON Roe/NNP/PERSON ,/,/O said/VBD/O so/RB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/john-roe employer organization/bolt-marine-systems"),
        facts.toString());
    assertFalse(
        facts.contains("person/john-roe employer organization/bolt-hellas"), facts.toString());
  }

  @Test
  void aShortNameThatIsAlsoTheHoldersSurnameIsTheCompany() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Roe/NNP/ORGANIZATION Chocolates/NNP/ORGANIZATION AG/NNP/ORGANIZATION"
                    + " buys/VBZ/O cocoa/NN/O ././O")
            .sentence(
                "Roe/NNP/PERSON 's/POS/O chief/JJ/TITLE executive/NN/TITLE ,/,/O"
                    + " Anna/NNP/PERSON Roe/NNP/PERSON ,/,/O said/VBD/O so/RB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/anna-roe employer organization/roe-chocolates-ag"),
        facts.toString());
  }

  @Test
  void aPronounHoldsTheOfficeOfTheDescribedOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jane/NNP/PERSON Doe/NNP/PERSON founded/VBD/O Acme/NNP/ORGANIZATION"
                    + " Labs/NNP/ORGANIZATION ././O")
            .sentence(
                "She/PRP/O has/VBZ/O been/VBN/O the/DT/O company/NN/O 's/POS/O chief/JJ/TITLE"
                    + " executive/NN/TITLE since/IN/O 2019/CD/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe title chief executive"), facts.toString());
  }

  @Test
  void aPronounHoldsTheOfficeOfANamedOwner() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "John/NNP/PERSON Roe/NNP/PERSON joined/VBD/O Acme/NNP/ORGANIZATION"
                    + " Labs/NNP/ORGANIZATION in/IN/O 2010/CD/DATE ././O")
            .sentence(
                "He/PRP/O is/VBZ/O now/RB/O Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION"
                    + " 's/POS/O chief/JJ/TITLE financial/JJ/TITLE officer/NN/TITLE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/john-roe employer organization/acme-labs"), facts.toString());
    assertTrue(facts.contains("person/john-roe title chief financial officer"), facts.toString());
  }

  @Test
  void aDescriptionRefersToTheOrganisationTheTextDescribedSo() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Air/NNP/ORGANIZATION joined/VBD/O the/DT/O"
                    + " Skyband/NNP/ORGANIZATION alliance/NN/O ././O")
            .sentence(
                "Bolt/NNP/ORGANIZATION Airways/NNP/ORGANIZATION ,/,/O the/DT/O"
                    + " Lyon/NNP/CITY -/HYPH/O based/VBN/O carrier/NN/O ,/,/O agreed/VBD/O ././O")
            .sentence(
                "The/DT/O alliance/NN/O 's/POS/O chief/JJ/TITLE executive/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O said/VBD/O so/RB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("person/jane-doe employer organization/skyband"), facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/bolt-airways"), facts.toString());
  }

  @Test
  void aDescribedOrganisationOfAKindOutsideTheOldListEmploysTheHolder() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Court/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Appeal/NNP/ORGANIZATION sat/VBD/O ././O")
            .sentence(
                "The/DT/O court/NN/O 's/POS/O president/NN/TITLE ,/,/O Justice/NNP/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/norby-court-of-appeal"),
        facts.toString());
  }

  @Test
  void aDescriptionPrefersANameHeadedByItsNounOverAPluralOne() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Federation/NNP/ORGANIZATION met/VBD/O ././O")
            .sentence(
                "It/PRP/O joined/VBD/O the/DT/O Union/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Rowing/NNP/ORGANIZATION Federations/NNPS/ORGANIZATION ././O")
            .sentence(
                "The/DT/O federation/NN/O 's/POS/O president/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/norby-rowing-federation"),
        facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/union-of-rowing-federations"),
        facts.toString());
  }

  @Test
  void aKindDescriptionIsNotABodyNamedInThePlural() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O joined/VBD/O the/DT/O Union/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Art/NNP/ORGANIZATION Museums/NNPS/ORGANIZATION ././O")
            .sentence(
                "The/DT/O museum/NN/O 's/POS/O director/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(
        facts.contains("person/jane-doe employer organization/union-of-art-museums"),
        facts.toString());
  }

  @Test
  void aDescriptionPrefersTheOrganisationTheStoryIsAbout() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Norby/NNP/ORGANIZATION Institute/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Institute/NNP/ORGANIZATION hired/VBD/O"
                    + " staff/NN/O ././O")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Institute/NNP/ORGANIZATION works/VBZ/O with/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O institute/NN/O 's/POS/O director/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/norby-institute"), facts.toString());
    assertFalse(
        facts.contains("person/jane-doe employer organization/bolt-institute"), facts.toString());
  }

  @Test
  void aDescriptionPrefersANameHeadedByItsNounOverOneThatMerelyHasIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Federation/NNP/ORGANIZATION met/VBD/O ././O")
            .sentence(
                "It/PRP/O thanked/VBD/O the/DT/O Federation/NNP/ORGANIZATION Square/NNP/ORGANIZATION"
                    + " Trust/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O federation/NN/O 's/POS/O president/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/norby-rowing-federation"),
        facts.toString());
  }

  @Test
  void aNameThatIsOnlyADescriptionNounIsResolvedAsADescription() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Museum/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Art/NNP/ORGANIZATION opened/VBD/O ././O")
            .sentence(
                "The/DT/O Museum/NNP/ORGANIZATION 's/POS/O director/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("person/jane-doe employer organization/acme-museum-of-art"),
        facts.toString());
    assertFalse(facts.contains("person/jane-doe employer organization/museum"), facts.toString());
  }

  @Test
  void aTitleOfItsOrganisationHeadsNoOtherOrganisationOfTheSentence() {
    Observation title = observation(Relation.TITLE, "managing director", "kbp");
    Observation other =
        observation(Relation.EMPLOYER, "organization/acme", "pattern:name-owner-employer");
    Observation its =
        observation(Relation.EMPLOYER, "organization/bolt", "pattern:its-title-copula-employer");

    assertEquals(List.of(), LeaderRule.pairable(title, List.of(other), true));
    assertEquals(List.of(its), LeaderRule.pairable(title, List.of(other, its), true));
    assertEquals(List.of(other), LeaderRule.pairable(title, List.of(other), false));
  }

  @Test
  void ofSeveralEmployersATitlePairsWithItsCompanionRulesOne() {
    Observation title = observation(Relation.TITLE, "president", "pattern:possessive-title");
    Observation own =
        observation(Relation.EMPLOYER, "organization/acme", "pattern:possessive-title-employer");
    Observation other = observation(Relation.EMPLOYER, "organization/bolt", "kbp");

    assertEquals(List.of(own), LeaderRule.pairable(title, List.of(own, other), false));
    Observation kbpTitle = observation(Relation.TITLE, "president", "kbp");
    assertEquals(List.of(own, other), LeaderRule.pairable(kbpTitle, List.of(own, other), false));
  }

  private static Observation observation(Relation relation, String object, String extractor) {
    return new Observation(
        "person/jane-doe",
        relation,
        object,
        Modality.ASSERTED,
        new Evidence("a.txt", 1, 0, 10, "Some text.", extractor, 0.8));
  }
}

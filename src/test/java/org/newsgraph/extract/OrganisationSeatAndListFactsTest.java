package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Seats at named sites and in "X-based" modifiers, parts in relative clauses, members in semicolon
 * lists and groups named by their acronym (sentences made up for the tests).
 */
class OrganisationSeatAndListFactsTest {

  @Test
  void everyItemOfASemicolonListWithTrailingWordsIsAMember() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Zeta/NNP/ORGANIZATION Consortium/NNP/ORGANIZATION was/VBD/O"
                    + " launched/VBN/O ././O")
            .sentence(
                "The/DT/O consortium/NN/O 's/POS/O other/JJ/O members/NNS/O include/VBP/O"
                    + " Acme/NNP/ORGANIZATION University/NNP/ORGANIZATION in/IN/O"
                    + " Peru/NNP/COUNTRY ;/:/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Institute/NNP/ORGANIZATION (/-LRB-/O BI/NNP/ORGANIZATION )/-RRB-/O ,/,/O"
                    + " part/NN/O of/IN/O the/DT/O Cord/NNP/ORGANIZATION Council/NNP/ORGANIZATION"
                    + " ,/,/O in/IN/O Lima/NNP/CITY ;/:/O and/CC/O Dyna/NNP/ORGANIZATION"
                    + " Labs/NNP/ORGANIZATION ,/,/O a/DT/O company/NN/O based/VBN/O in/IN/O"
                    + " Quito/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-university memberOf organization/zeta-consortium"),
        facts.toString());
    assertTrue(
        facts.contains("organization/bolt-institute memberOf organization/zeta-consortium"),
        facts.toString());
    assertTrue(
        facts.contains("organization/dyna-labs memberOf organization/zeta-consortium"),
        facts.toString());
    assertFalse(facts.contains("country/peru memberOf organization/zeta-consortium"));
  }

  @Test
  void aListItemEndsAtAClauseNotAtTheNextSemicolon() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION ;/:/O Chile/NNP/COUNTRY"
                    + " left/VBD/O it/PRP/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/peru memberOf organization/acme-union"), facts.toString());
    assertFalse(facts.contains("country/chile memberOf organization/acme-union"));
  }

  @Test
  void kbpSeatsDoNotCrossASemicolonBetweenListItems() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O new/JJ/O members/NNS/O are/VBP/O Acme/NNP/ORGANIZATION"
                    + " Corp/NNP/ORGANIZATION of/IN/O Lima/NNP/CITY ;/:/O Bolt/NNP/ORGANIZATION"
                    + " AG/NNP/ORGANIZATION ,/,/O based/VBN/O in/IN/O Quito/NNP/CITY ././O")
            .candidate(0, "Acme Corp", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .candidate(0, "Bolt AG", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/bolt-ag headquarters city/quito"), facts.toString());
    assertFalse(facts.contains("organization/acme-corp headquarters city/quito"));
  }

  @Test
  void aPlaceBasedModifierStatesTheSeatInAHypotheticalSentence() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Peru/NNP/COUNTRY could/MD/O possibly/RB/O join/VB/O the/DT/O Lima/NNP/CITY"
                    + " -/HYPH/O based/VBN/O Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-union headquarters city/lima"), facts.toString());
    assertFalse(facts.contains("country/peru memberOf organization/acme-union"));
  }

  @Test
  void anOrganisationBasedAtANamedSite() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Navy/NNP/ORGANIZATION is/VBZ/O based/VBN/O"
                    + " at/IN/O Norby/NNP/LOCATION Air/NNP/LOCATION Base/NNP/LOCATION ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 8>5:case"
                    + " 8>6:compound 8>7:compound 4>8:obl:at 4>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-navy headquarters place/norby-air-base"),
        facts.toString());
  }

  @Test
  void anOrganisationWhichIsPartOfAnother() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Funds/NNS/O came/VBD/O from/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Council/NNP/ORGANIZATION (/-LRB-/O AC/NNP/ORGANIZATION )/-RRB-/O ,/,/O"
                    + " which/WDT/O is/VBZ/O also/RB/O part/NN/O of/IN/O Bolt/NNP/ORGANIZATION"
                    + " Research/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-council partOf organization/bolt-research"),
        facts.toString());
  }

  @Test
  void anInstitutionNamedWithItsCityHasTheInstitutionWordAnywhereInItsName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O went/VBD/O to/IN/O the/DT/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Defence/NNP/ORGANIZATION in/IN/O Lima/NNP/CITY"
                    + " for/IN/O talks/NNS/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/ministry-of-defence headquarters city/lima"),
        facts.toString());
  }

  @Test
  void aGroupWhoseNameIsUntaggedIsNamedByItsAcronym() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Peru/NNP/COUNTRY ,/,/O as/IN/O a/DT/O member/NN/O of/IN/O the/DT/O Four/CD/O"
                    + " Nations/NNP/O Defence/NNP/O Arrangements/NNS/O (/-LRB-/O"
                    + " FNDA/NNP/ORGANIZATION )/-RRB-/O alongside/IN/O Chile/NNP/COUNTRY and/CC/O"
                    + " Bolivia/NNP/COUNTRY ,/,/O agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/peru memberOf organization/fnda"), facts.toString());
    assertTrue(facts.contains("country/chile memberOf organization/fnda"), facts.toString());
    assertTrue(facts.contains("country/bolivia memberOf organization/fnda"), facts.toString());
  }

  @Test
  void anOrganisationThatBelongsToAGroupIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION ,/,/O which/WDT/O is/VBZ/O"
                    + " based/VBN/O in/IN/O Lima/NNP/CITY and/CC/O belongs|belong/VBZ/O to/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Group/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O",
                "1>0:compound 5>1:nsubj:pass 9>1:nsubj 15>1:nsubj 1>2:punct 1>3:ref"
                    + " 5>4:aux:pass 1>5:acl:relcl 7>6:case 5>7:obl:in 9>8:cc 5>9:conj:and"
                    + " 13>10:case 13>11:det 13>12:compound 9>13:obl:to 1>14:punct -1>15:root"
                    + " 15>16:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-labs partOf organization/bolt-group"), facts.toString());
  }

  @Test
  void theSubjectsOfTheCopulaAreTheBodiesOfThePossessor() {
    AnnotatedDocument named =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION and/CC/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Court/NNP/ORGANIZATION are/VBP/O the/DT/O"
                    + " Zeta/NNP/ORGANIZATION Union/NNP/ORGANIZATION 's/POS/O main/JJ/O"
                    + " bodies|body/NNS/O ././O",
                "2>0:det 2>1:compound 13>2:nsubj 6>3:cc 6>4:det 6>5:compound 2>6:conj:and"
                    + " 13>6:nsubj 13>7:cop 10>8:det 10>9:compound 13>10:nmod:poss 10>11:case"
                    + " 13>12:amod -1>13:root 13>14:punct")
            .build();
    AnnotatedDocument its =
        new DocBuilder("b.txt")
            .sentence("The/DT/O Kappa/NNP/ORGANIZATION League/NNP/ORGANIZATION met/VBD/O ././O")
            .sentence(
                "Its/PRP$/O best/RBS/O -/HYPH/O known/VBN/O body/NN/O is/VBZ/O the/DT/O"
                    + " Delta/NNP/ORGANIZATION Court/NNP/ORGANIZATION ././O",
                "4>0:nmod:poss 3>1:advmod 3>2:punct 4>3:amod 8>4:nsubj 8>5:cop 8>6:det"
                    + " 8>7:compound -1>8:root 8>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(named, its);

    assertTrue(
        facts.contains("organization/acme-council partOf organization/zeta-union"),
        facts.toString());
    assertTrue(
        facts.contains("organization/bolt-court partOf organization/zeta-union"), facts.toString());
    assertTrue(
        facts.contains("organization/delta-court partOf organization/kappa-league"),
        facts.toString());
  }

  @Test
  void theOrganisationsBodiesAreNotResolvedToOneOfTheSubjects() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Zeta/NNP/ORGANIZATION Union/NNP/ORGANIZATION met/VBD/O ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION and/CC/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Court/NNP/ORGANIZATION are/VBP/O the/DT/O"
                    + " organisation/NN/O 's/POS/O bodies|body/NNS/O ././O",
                "2>0:det 2>1:compound 11>2:nsubj 6>3:cc 6>4:det 6>5:compound 2>6:conj:and"
                    + " 11>6:nsubj 11>7:cop 9>8:det 11>9:nmod:poss 9>10:case -1>11:root"
                    + " 11>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(facts.contains("organization/acme-council partOf organization/bolt-court"));
  }

  @Test
  void aNamedSiteInACityOrRegion() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jets/NNS/O fly/VBP/O from/IN/O Norby/NNP/LOCATION Air/NNP/LOCATION"
                    + " Base/NNP/LOCATION in/IN/O Lima/NNP/LOCATION County/NNP/LOCATION ././O")
            .sentence(
                "They/PRP/O met/VBD/O in/IN/O the/DT/O Palace/NNP/O of/IN/O"
                    + " Freedonia/NNP/LOCATION in/IN/O Lyon/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("place/norby-air-base locatedIn place/lima-county"), facts.toString());
    assertFalse(facts.toString().contains("place/freedonia locatedIn"), facts.toString());
  }

  @Test
  void theSeatOfAnInstitutionOfAnOrganisationIsNotTheOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "They/PRP/O praised/VBD/O the/DT/O Acme/NNP/ORGANIZATION Forum/NNP/ORGANIZATION"
                    + " ,/,/O an/DT/O autonomous/JJ/O institution/NN/O of/IN/O"
                    + " Bolt/NNP/ORGANIZATION based/VBN/O in/IN/O Lima/NNP/CITY ,/,/O"
                    + " Peru/NNP/COUNTRY ././O")
            .candidate(0, "Bolt", "org:city_of_headquarters", "Lima", "kbp", 0.9)
            .candidate(0, "Bolt", "org:country_of_headquarters", "Peru", "kbp", 0.9)
            .sentence(
                "The/DT/O Zeta/NNP/ORGANIZATION Group/NNP/ORGANIZATION is/VBZ/O a/DT/O"
                    + " specialised/JJ/O Kappa/NNP/ORGANIZATION institution/NN/O based/VBN/O"
                    + " in/IN/O Quito/NNP/CITY ././O")
            .candidate(1, "Kappa", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertFalse(facts.contains("organization/bolt headquarters city/lima"), facts.toString());
    assertFalse(facts.contains("organization/bolt headquarters country/peru"), facts.toString());
    assertFalse(facts.contains("organization/kappa headquarters city/quito"), facts.toString());
  }

  @Test
  void theSeatOfTheWholeInAppositionAfterThePartIsTheWholes() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O a/DT/O subsidiary/NN/O of/IN/O"
                    + " Bolt/NNP/ORGANIZATION Holding/NNP/ORGANIZATION ,/,/O a/DT/O"
                    + " family-owned/JJ/O group/NN/O based/VBN/O in/IN/O Lima/NNP/CITY ././O")
            .sentence(
                "The/DT/O Zeta/NNP/ORGANIZATION League/NNP/ORGANIZATION grew/VBD/O ;/:/O"
                    + " its/PRP$/O secretariat/NN/O is/VBZ/O located/VBN/O in/IN/O"
                    + " Quito/NNP/CITY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt-holding headquarters city/lima"), facts.toString());
    assertTrue(
        facts.contains("organization/zeta-league headquarters city/quito"), facts.toString());
  }
}

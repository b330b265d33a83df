package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Copular membership, troops sent to a mission, seats in relative clauses and descriptions, and
 * towns in regions (sentences made up for the tests).
 */
class OrganisationClauseFactsTest {

  @Test
  void partiesListedBeforeAreMembersAreMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Party/NNP/ORGANIZATION ,/,/O the/DT/O"
                    + " Bolt/NNP/MISC Party/NNP/MISC and/CC/O the/DT/O Cord/NNP/ORGANIZATION"
                    + " Party/NNP/ORGANIZATION are/VBP/O members/NNS/O of/IN/O the/DT/O"
                    + " Delta/NNP/ORGANIZATION Coalition/NNP/ORGANIZATION ././O",
                "2>0:det 2>1:compound 12>2:nsubj 2>3:punct 6>4:det 6>5:compound 2>6:appos"
                    + " 10>7:cc 10>8:det 10>9:compound 2>10:conj:and 12>10:nsubj 12>11:cop"
                    + " -1>12:root 16>13:case 16>14:det 16>15:compound 12>16:nmod:of"
                    + " 12>17:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-party memberOf organization/delta-coalition"),
        facts.toString());
    assertTrue(
        facts.contains("organization/cord-party memberOf organization/delta-coalition"),
        facts.toString());
  }

  @Test
  void aMemberOfTwoGroupsAfterARelativeClause() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION ,/,/O which/WDT/O has/VBZ/O 900/CD/O staff/NN/O ,/,/O"
                    + " is/VBZ/O a/DT/O member/NN/O of/IN/O Bolt/NNP/ORGANIZATION and/CC/O"
                    + " of/IN/O the/DT/O Cord/NNP/ORGANIZATION Union/NNP/ORGANIZATION ././O",
                "9>0:nsubj 0>1:punct 3>2:nsubj 0>3:acl:relcl 5>4:nummod 3>5:obj 0>6:punct"
                    + " 9>7:cop 9>8:det -1>9:root 11>10:case 9>11:nmod:of 16>12:cc 16>13:case"
                    + " 16>14:det 16>15:compound 9>16:nmod:of 11>16:conj:and 9>17:punct")
            .sentence(
                "Delta/NNP/ORGANIZATION is/VBZ/O a/DT/O former/JJ/O member/NN/O of/IN/O"
                    + " Bolt/NNP/ORGANIZATION ././O",
                "4>0:nsubj 4>1:cop 4>2:det 4>3:amod -1>4:root 6>5:case 4>6:nmod:of 4>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme memberOf organization/bolt"), facts.toString());
    assertTrue(
        facts.contains("organization/acme memberOf organization/cord-union"), facts.toString());
    assertFalse(facts.contains("organization/delta memberOf organization/bolt"), facts.toString());
  }

  @Test
  void troopsFromEachCountryTakePartInTheMission() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION was/VBD/O"
                    + " deployed|deploy/VBN/O ,/,/O with/IN/O troops|troop/NNS/O from/IN/O"
                    + " Chile/NNP/COUNTRY and/CC/O Peru/NNP/COUNTRY ././O",
                "2>0:det 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 4>5:punct 7>6:case"
                    + " 4>7:obl:with 9>8:case 7>9:nmod:from 11>10:cc 9>11:conj:and"
                    + " 7>11:nmod:from 4>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/acme-mission"), facts.toString());
  }

  @Test
  void seatsInRelativeClausesAndDescriptionsAndTownsInRegions() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Commission/NNP/ORGANIZATION ,/,/O which/WDT/O"
                    + " sits/VBZ/O in/IN/O Lima/NNP/CITY ,/,/O met/VBD/O ././O")
            .sentence("Bolt/NNP/ORGANIZATION opened/VBD/O a/DT/O plant/NN/O ././O")
            .sentence(
                "The/DT/O Quito/NNP/CITY -/HYPH/O based/VBN/O water/NN/O treatment/NN/O"
                    + " group/NN/O grew/VBD/O ././O")
            .sentence(
                "Norby/NNP/CITY ,/,/O a/DT/O town/NN/O of/IN/O some/DT/O 9,000/CD/O"
                    + " people/NNS/O in/IN/O the/DT/O south/NN/O of/IN/O Freedonia/NNP/COUNTRY"
                    + " ,/,/O grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-commission headquarters city/lima"), facts.toString());
    assertTrue(facts.contains("organization/bolt headquarters city/quito"), facts.toString());
    assertTrue(facts.contains("city/norby locatedIn country/freedonia"), facts.toString());
  }

  @Test
  void sendingPersonnelToAMissionIsTakingPartAndASubsidiaryIsAPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Forces/NNPS/ORGANIZATION deploy/VBP/O"
                    + " personnel/NNS/O to/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Mission/NNP/ORGANIZATION ././O",
                "2>0:det 2>1:compound 3>2:nsubj -1>3:root 3>4:obj 8>5:case 8>6:det"
                    + " 8>7:compound 4>8:nmod:to 3>9:punct")
            .sentence(
                "Cord/NNP/ORGANIZATION Oy/NNP/ORGANIZATION is/VBZ/O a/DT/O wholly/RB/O"
                    + " owned/VBN/O subsidiary/NN/O of/IN/O Delta/NNP/ORGANIZATION"
                    + " Oyj/NNP/ORGANIZATION ././O",
                "1>0:compound 6>1:nsubj 6>2:cop 6>3:det 5>4:advmod 6>5:amod -1>6:root 9>7:case"
                    + " 9>8:compound 6>9:nmod:of 6>10:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-forces participantIn organization/bolt-mission"),
        facts.toString());
    assertTrue(
        facts.contains("organization/cord-oy partOf organization/delta-oyj"), facts.toString());
  }

  @Test
  void aDescriptionBasedSomewhereAndACompanyOfATown() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Acme/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "The/DT/O foundation/NN/O ,/,/O based/VBN/O in/IN/O Lima/NNP/CITY ,/,/O"
                    + " grew/VBD/O ././O")
            .sentence(
                "Bolt/NNP/ORGANIZATION Metering/NNP/ORGANIZATION of/IN/O Quito/NNP/CITY ,/,/O"
                    + " Freedonia/NNP/COUNTRY ,/,/O joined/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-foundation headquarters city/lima"), facts.toString());
    assertTrue(
        facts.contains("organization/bolt-metering headquarters city/quito"), facts.toString());
  }

  @Test
  void twoBodiesBothInACityAndAProvinceInACountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O set/VBD/O up/RP/O the/DT/O Acme/NNP/ORGANIZATION Court/NNP/ORGANIZATION"
                    + " and/CC/O the/DT/O Bolt/NNP/ORGANIZATION Council/NNP/ORGANIZATION ,/,/O"
                    + " both/DT/O in/IN/O Lima/NNP/CITY ././O")
            .sentence(
                "Fighting/NN/O near/IN/O North/NNP/LOCATION Norby/NNP/LOCATION province/NN/O"
                    + " in/IN/O the/DT/O eastern/JJ/O Freedonia/NNP/COUNTRY ended/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("organization/acme-court headquarters city/lima"), facts.toString());
    assertTrue(
        facts.contains("organization/bolt-council headquarters city/lima"), facts.toString());
    assertTrue(
        facts.contains("place/north-norby-province locatedIn country/freedonia"), facts.toString());
  }
}

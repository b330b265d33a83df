package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** Participation in missions, exercises and meetings: the event rules of session 13. */
class EventParticipationTest {

  private static final String MISSION_SENTENCE =
      "The/DT/O Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION was/VBD/O deployed/VBN/O ././O";

  @Test
  void takingPartWithNoObjectIsInTheMissionNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(MISSION_SENTENCE)
            .sentence(
                "Chile/NNP/COUNTRY and/CC/O Peru/NNP/COUNTRY took|take/VBD/O part/NN/O ././O",
                "3>0:nsubj 2>1:cc 0>2:conj:and 3>2:nsubj -1>3:root 3>4:obj 3>5:punct")
            .sentence(
                "Mexico/NNP/COUNTRY did/VBD/O not/RB/O take/VB/O part/NN/O ././O",
                "3>0:nsubj 3>1:aux 3>2:advmod -1>3:root 3>4:obj 3>5:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/acme-mission"), facts.toString());
    assertFalse(
        facts.contains("country/mexico participantIn organization/acme-mission"), facts.toString());
  }

  @Test
  void theNamesListedAfterAColonTakePartInTheMission() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(MISSION_SENTENCE)
            .sentence(
                "Two/CD/O groups/NNS/O take/VBP/O part/NN/O in/IN/O the/DT/O mission/NN/O :/:/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Society/NNP/ORGANIZATION and/CC/O"
                    + " the/DT/O Cord/NNP/ORGANIZATION Union/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt-society participantIn organization/acme-mission"),
        facts.toString());
    assertTrue(
        facts.contains("organization/cord-union participantIn organization/acme-mission"),
        facts.toString());
  }

  @Test
  void participantsListedAreInTheEventNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Acme/NNP/ORGANIZATION Exercise/NNP/ORGANIZATION began/VBD/O ././O")
            .sentence(
                "Participants/NNS/O included/VBD/O Chile/NNP/COUNTRY and/CC/O Peru/NNP/COUNTRY"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-exercise"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/acme-exercise"), facts.toString());
  }

  @Test
  void aCountrysParticipationInAMissionIsTakingPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY 's/POS/O participation/NN/O in/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION ended/VBD/O ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc).contains("country/chile participantIn organization/acme-mission"));
  }

  @Test
  void attendingASummitIsTakingPartButAttendingAUniversityIsNot() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY attended|attend/VBD/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Summit/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .sentence(
                "Peru/NNP/COUNTRY attended|attend/VBD/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " University/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-summit"), facts.toString());
    assertFalse(facts.toString().contains("country/peru participantIn"), facts.toString());
  }

  @Test
  void membersOfAForceDeployedWithAMissionTakePartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Members|member/NNS/O of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Forces/NNPS/ORGANIZATION are/VBP/O deployed|deploy/VBN/O with/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Mission/NNP/ORGANIZATION ././O",
                "6>0:nsubj:pass 4>1:case 4>2:det 4>3:compound 0>4:nmod:of 6>5:aux:pass"
                    + " -1>6:root 10>7:case 10>8:det 10>9:compound 6>10:obl:with 6>11:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-forces participantIn organization/bolt-mission"),
        facts.toString());
  }

  @Test
  void shipsFromACountryWithAMissionTakePartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION sailed|sail/VBD/O ,/,/O"
                    + " with/IN/O ships|ship/NNS/O from/IN/O Chile/NNP/COUNTRY ././O",
                "2>0:det 2>1:compound 3>2:nsubj -1>3:root 3>4:punct 6>5:case 3>6:obl:with"
                    + " 8>7:case 6>8:nmod:from 3>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
  }

  @Test
  void theCountryOfADemonymBeforeLedLeadsTheOperation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("France/NNP/COUNTRY sent/VBD/O troops/NNS/O ././O")
            .sentence(
                "They/PRP/O joined/VBD/O the/DT/O French/JJ/MISC -/HYPH/MISC led/VBN/MISC"
                    + " Operation/NNP/ORGANIZATION Acme/NNP/ORGANIZATION ././O")
            .sentence(
                "Chile/NNP/COUNTRY hosted/VBD/O the/DT/O Chile/NNP/COUNTRY -/HYPH/O"
                    + " hosted/VBN/O Bolt/NNP/ORGANIZATION Summit/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/france participantIn organization/operation-acme"),
        facts.toString());
    assertTrue(
        facts.contains("country/chile participantIn organization/bolt-summit"), facts.toString());
  }

  // --- Session 14 rules (organizations.rules, "Session 14" section).

  @Test
  void oneOfTheCountriesTakingPartInAMissionTakesPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY is/VBZ/O one/CD/O of/IN/O twelve/CD/O countries/NNS/O"
                    + " taking/VBG/O part/NN/O in/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Mission/NNP/ORGANIZATION ././O")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O not/RB/O one/CD/O of/IN/O the/DT/O countries/NNS/O"
                    + " taking/VBG/O part/NN/O in/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Mission/NNP/ORGANIZATION ././O")
            .sentence(
                "Bolivia/NNP/COUNTRY is/VBZ/O one/CD/O of/IN/O nine/CD/O countries/NNS/O"
                    + " taking/VBG/O part/NN/O in/IN/O the/DT/O mission/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/bolivia participantIn organization/acme-mission"),
        facts.toString());

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
    assertFalse(facts.toString().contains("country/peru participantIn"), facts.toString());
  }

  @Test
  void theCountriesTakingPartInAnExerciseIncludeTheListedOnes() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Countries/NNS/O taking/VBG/O part/NN/O in/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Exercise/NNP/ORGANIZATION include/VBP/O Chile/NNP/COUNTRY ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("country/chile participantIn organization/acme-exercise"));
  }

  @Test
  void troopsOfACountryServingInAMissionTakePartButNotInAnArmy() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops|troops/NNS/O from/IN/O Chile/NNP/COUNTRY are/VBP/O serving|serve/VBG/O"
                    + " in/IN/O the/DT/O Acme/NNP/ORGANIZATION Mission/NNP/ORGANIZATION ././O",
                "4>0:nsubj 2>1:case 0>2:nmod:from 4>3:aux -1>4:root 8>5:case 8>6:det"
                    + " 8>7:compound 4>8:obl:in 4>9:punct")
            .sentence(
                "Troops|troops/NNS/O from/IN/O Peru/NNP/COUNTRY are/VBP/O serving|serve/VBG/O"
                    + " in/IN/O the/DT/O Bolt/NNP/ORGANIZATION Army/NNP/ORGANIZATION ././O",
                "4>0:nsubj 2>1:case 0>2:nmod:from 4>3:aux -1>4:root 8>5:case 8>6:det"
                    + " 8>7:compound 4>8:obl:in 4>9:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
    assertFalse(facts.toString().contains("country/peru participantIn"), facts.toString());
  }

  @Test
  void aCountryThatLeadsOrRunsAMissionWithAnotherTakesPartButLeadingAnAllianceIsNot() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY runs|run/VBZ/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Mission/NNP/ORGANIZATION with/IN/O Peru/NNP/COUNTRY ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 6>5:case 1>6:obl:with"
                    + " 1>7:punct")
            .sentence(
                "Mexico/NNP/COUNTRY leads|lead/VBZ/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Alliance/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-mission"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/acme-mission"), facts.toString());
    assertFalse(facts.toString().contains("country/mexico participantIn"), facts.toString());
  }

  @Test
  void aNameDescribedAsAJointProgrammeOfCountriesHasThemTakingPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Initiative/NNP/ORGANIZATION ,/,/O a/DT/O"
                    + " joint/JJ/O programme/NN/O of/IN/O Chile/NNP/COUNTRY ,/,/O"
                    + " maps/VBZ/O fires/NNS/O ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("country/chile participantIn organization/acme-initiative"));
  }

  @Test
  void signingUpToAProgrammeIsTakingPartAndToAnAllianceMembership() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY signed|sign/VBD/O up/RP/O to/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Programme/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 1>2:compound:prt 6>3:case 6>4:det 6>5:compound"
                    + " 1>6:obl:to 1>7:punct")
            .sentence(
                "Peru/NNP/COUNTRY signed|sign/VBD/O up/RP/O to/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 1>2:compound:prt 6>3:case 6>4:det 6>5:compound"
                    + " 1>6:obl:to 1>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-programme"),
        facts.toString());
    assertTrue(
        facts.contains("country/peru memberOf organization/bolt-alliance"), facts.toString());
  }

  @Test
  void aCountryThatIsPartOfAProgrammeTakesPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY is/VBZ/O part/NN/O of/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Programme/NNP/ORGANIZATION ././O")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O part/NN/O of/IN/O the/DT/O Bolt/NNP/ORGANIZATION"
                    + " Alliance/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-programme"),
        facts.toString());
    assertTrue(
        facts.contains("country/peru memberOf organization/bolt-alliance"), facts.toString());
  }

  @Test
  void aPartnerInAProgrammeTakesPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY is/VBZ/O a/DT/O partner/NN/O in/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Programme/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:det -1>3:root 7>4:case 7>5:det 7>6:compound 3>7:nmod:in"
                    + " 3>8:punct")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ,/,/O a/DT/O"
                    + " partner/NN/O in/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Programme/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O",
                "2>0:det 2>1:compound 11>2:nsubj 2>3:punct 5>4:det 2>5:appos 9>6:case 9>7:det"
                    + " 9>8:compound 5>9:nmod:in 2>10:punct -1>11:root 11>12:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/acme-programme"),
        facts.toString());
    assertTrue(
        facts.contains("organization/bolt-institute participantIn organization/acme-programme"),
        facts.toString());
  }

  @Test
  void anExerciseInvolvingThousandsOfTroopsFromCountriesHasThemTakingPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Exercise/NNP/ORGANIZATION Acme/NNP/ORGANIZATION involved/VBD/O 3,000/CD/O"
                    + " troops/NNS/O from/IN/O Chile/NNP/COUNTRY ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("country/chile participantIn organization/exercise-acme"));
  }

  @Test
  void anExerciseHostedByANavyBringsTogetherTheListedCountries() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Exercise/NNP/ORGANIZATION Acme/NNP/ORGANIZATION ,/,/O hosted|host/VBN/O by/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Navy/NNP/ORGANIZATION ,/,/O"
                    + " brings|bring/VBZ/O together/RB/O Chile/NNP/COUNTRY and/CC/O"
                    + " Peru/NNP/COUNTRY ././O",
                "1>0:compound 9>1:nsubj 1>2:punct 1>3:acl 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:obl:agent 1>8:punct -1>9:root 9>10:advmod 9>11:obj 13>12:cc 9>13:obj"
                    + " 11>13:conj:and 9>14:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile participantIn organization/exercise-acme"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/exercise-acme"), facts.toString());
  }

  @Test
  void anOrganisationDescribedAsACentreThatTakesPartInAMissionTakesPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION Ocean/NNP/ORGANIZATION ,/,/O a/DT/O centre/NN/O that/WDT/O"
                    + " takes|take/VBZ/O part/NN/O in/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Mission/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O",
                "1>0:compound 13>1:nsubj 1>2:punct 4>3:det 1>4:appos 6>4:nsubj 4>5:ref"
                    + " 4>6:acl:relcl 6>7:obj 11>8:case 11>9:det 11>10:compound 6>11:obl:in"
                    + " 1>12:punct -1>13:root 13>14:punct")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("organization/bolt-ocean participantIn organization/acme-mission"));
  }

  @Test
  void theExerciseCoordinatedByACentreIsTheOneNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Exercise/NNP/ORGANIZATION Acme/NNP/ORGANIZATION began/VBD/O ././O")
            .sentence(
                "The/DT/O exercise/NN/O is/VBZ/O coordinated|coordinate/VBN/O by/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Centre/NNP/ORGANIZATION ././O",
                "1>0:det 3>1:nsubj:pass 3>2:aux:pass -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:obl:agent 3>8:punct")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("organization/bolt-centre participantIn organization/exercise-acme"));
  }

  @Test
  void aForceThatLedTheInvestigationWithAnotherTookPartInTheOperation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Operation/NNP/ORGANIZATION Acme/NNP/ORGANIZATION ended/VBD/O ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Police/NNP/ORGANIZATION led|lead/VBD/O the/DT/O"
                    + " investigation/NN/O ,/,/O with/IN/O the/DT/O Cord/NNP/ORGANIZATION"
                    + " Guard/NNP/ORGANIZATION ././O",
                "2>0:det 2>1:compound 3>2:nsubj -1>3:root 5>4:det 3>5:obj 3>6:punct 10>7:case"
                    + " 10>8:det 10>9:compound 3>10:obl:with 3>11:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt-police participantIn organization/operation-acme"),
        facts.toString());
    assertTrue(
        facts.contains("organization/cord-guard participantIn organization/operation-acme"),
        facts.toString());
  }

  @Test
  void naviesThatEachSentAShipTookPartInTheExerciseButNotThoseSendingShipsElsewhere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Exercise/NNP/ORGANIZATION Acme/NNP/ORGANIZATION began/VBD/O ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Navy/NNP/ORGANIZATION each/DT/O sent/VBD/O"
                    + " a/DT/O frigate/NN/O ././O")
            .sentence(
                "The/DT/O Cord/NNP/ORGANIZATION Navy/NNP/ORGANIZATION sent/VBD/O two/CD/O"
                    + " ships/NNS/O to/IN/O the/DT/O coast/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt-navy participantIn organization/exercise-acme"),
        facts.toString());
    assertFalse(
        facts.toString().contains("organization/cord-navy participantIn"), facts.toString());
  }

  @Test
  void joiningANetworkIsTakingPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY joined|join/VBD/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Network/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .build();

    assertTrue(
        Extraction.asserted(doc).contains("country/chile participantIn organization/acme-network"));
  }

  @Test
  void anOperationDescribedAsAnInvestigationCoordinatedByAnAgencyHasItTakingPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Arrests/NNS/O followed/VBD/O Operation/NN/O Acme/NN/O ,/,/O a/DT/O two/CD/O"
                    + " -/HYPH/O year/NN/O investigation/NN/O coordinated/VBN/O by/IN/O"
                    + " Bolt/NNP/ORGANIZATION ,/,/O the/DT/O Cord/NNP/ORGANIZATION"
                    + " Union/NNP/ORGANIZATION 's/POS/O agency/NN/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt participantIn organization/operation-acme"),
        facts.toString());
    assertFalse(
        facts.toString().contains("organization/cord-union participantIn"), facts.toString());
  }

  @Test
  void takingPartThroughAnOfficeIsTakingPartInTheOperationNamedBefore() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Operation/NNP/ORGANIZATION Acme/NNP/ORGANIZATION ended/VBD/O ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Agency/NNP/ORGANIZATION also/RB/O took/VBD/O"
                    + " part/NN/O through/IN/O its/PRP$/O office/NN/O ././O")
            .build();

    assertTrue(
        Extraction.asserted(doc)
            .contains("organization/bolt-agency participantIn organization/operation-acme"));
  }
}

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
}

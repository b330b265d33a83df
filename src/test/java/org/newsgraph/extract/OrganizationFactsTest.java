package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** Headquarters, membership, parts and participation of organisations; places in places. */
class OrganizationFactsTest {

  @Test
  void theSeatIsTheFirstPlaceAfterBasedInThatIsNotAModifier() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION ,/,/O headquartered/VBN/O at/IN/O a/DT/O"
                    + " Chilean/JJ/NATIONALITY plant/NN/O near/IN/O a/DT/O Peru/NNP/COUNTRY"
                    + " base/NN/O in/IN/O Lima/NNP/CITY ,/,/O grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertEquals(Set.of("organization/acme headquarters city/lima"), facts);
  }

  @Test
  void kbpHeadquartersNeedAHeadquartersWord() {
    AnnotatedDocument visit =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION opened/VBD/O a/DT/O shop/NN/O in/IN/O Lima/NNP/CITY ././O")
            .candidate(0, "Acme", "org:city_of_headquarters", "Lima", "kbp", 0.9)
            .build();
    AnnotatedDocument seat =
        new DocBuilder("b.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION ,/,/O a/DT/O Quito/NNP/CITY -/HYPH/O based/VBN/O"
                    + " firm/NN/O ,/,/O grew/VBD/O ././O")
            .candidate(0, "Bolt", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .build();

    assertEquals(
        Set.of("organization/bolt headquarters city/quito"), Extraction.asserted(visit, seat));
  }

  @Test
  void kbpHeadquartersAreRefusedWhenAnotherOrganisationStandsBetween() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION and/CC/O Bolt/NNP/ORGANIZATION ,/,/O whose/WP$/O"
                    + " headquarters/NN/O are/VBP/O in/IN/O Quito/NNP/CITY ,/,/O grew/VBD/O ././O")
            .candidate(0, "Acme", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .candidate(0, "Bolt", "org:city_of_headquarters", "Quito", "kbp", 0.9)
            .build();

    assertEquals(Set.of("organization/bolt headquarters city/quito"), Extraction.asserted(doc));
  }

  @Test
  void memberListsAfterTheGroupAndAfterItsAreMemberships() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O member/NN/O states/NNS/O of/IN/O Andino/NNP/ORGANIZATION are/VBP/O"
                    + " Peru/NNP/COUNTRY ,/,/O Chile/NNP/COUNTRY and/CC/O"
                    + " Bolivia/NNP/COUNTRY ././O",
                "2>0:det 2>1:compound 6>2:nsubj 4>3:case 2>4:nmod:of 6>5:cop -1>6:root"
                    + " 8>7:punct 6>8:conj 10>9:cc 6>10:conj 6>11:punct")
            .sentence(
                "Coastal/NNP/ORGANIZATION League/NNP/ORGANIZATION is/VBZ/O small/JJ/O ;/:/O"
                    + " its/PRP$/O other/JJ/O members/NNS/O include/VBP/O Fiji/NNP/COUNTRY"
                    + " ././O")
            .sentence(
                "Tonga/NNP/COUNTRY ,/,/O the/DT/O largest/JJS/O member/NN/O of/IN/O"
                    + " Andino/NNP/ORGANIZATION ,/,/O agreed/VBD/O ././O")
            .sentence(
                "Samoa/NNP/COUNTRY ,/,/O a/DT/O former/JJ/O member/NN/O of/IN/O"
                    + " Andino/NNP/ORGANIZATION ,/,/O agreed/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "country/peru memberOf organization/andino",
                "country/chile memberOf organization/andino",
                "country/bolivia memberOf organization/andino",
                "country/fiji memberOf organization/coastal-league",
                "country/tonga memberOf organization/andino")),
        facts.toString());
    assertFalse(facts.contains("country/samoa memberOf organization/andino"), facts.toString());
  }

  @Test
  void leadingAMissionIsTakingPartAndChairingAGroupIsMembership() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Operation/NNP/ORGANIZATION Harbour/NNP/ORGANIZATION is/VBZ/O"
                    + " led|lead/VBN/O by/IN/O Peru/NNP/COUNTRY ././O",
                "1>0:compound 3>1:nsubj:pass 3>2:aux:pass -1>3:root 5>4:case 3>5:obl:agent"
                    + " 3>6:punct")
            .sentence(
                "Chile/NNP/COUNTRY chairs|chair/VBZ/O the/DT/O Andino/NNP/ORGANIZATION"
                    + " Forum/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/peru participantIn organization/operation-harbour"),
        facts.toString());
    assertTrue(
        facts.contains("country/chile memberOf organization/andino-forum"), facts.toString());
  }

  @Test
  void theParticipatingNationsTakePartInTheExerciseNamedLast() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops/NNS/O began/VBD/O Exercise/NNP/O Southern/NNP/O Shield/NNP/O"
                    + " 2026/CD/DATE ././O")
            .sentence(
                "It/PRP/O is/VBZ/O run/VBN/O by/IN/O the/DT/O Acme/NNP/ORGANIZATION"
                    + " Command/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O participating/VBG/O nations/NNS/O are/VBP/O Peru/NNP/COUNTRY"
                    + " and/CC/O Chile/NNP/COUNTRY ././O",
                "2>0:det 2>1:amod 4>2:nsubj 4>3:cop -1>4:root 6>5:cc 4>6:conj 4>7:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "country/peru participantIn organization/exercise-southern-shield-2026",
                "country/chile participantIn organization/exercise-southern-shield-2026")),
        facts.toString());
    assertTrue(
        facts.stream().noneMatch(f -> f.endsWith("organization/acme-command")), facts.toString());
  }

  @Test
  void partsAndSeatsFromAppositionsPossessivesAndPartOf() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION ,/,/O also/RB/O part/NN/O of/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Group/NNP/ORGANIZATION ,/,/O grew/VBD/O"
                    + " ././O")
            .sentence(
                "The/DT/O Coastal/NNP/ORGANIZATION League/NNP/ORGANIZATION 's/POS/O"
                    + " Harbour/NNP/ORGANIZATION Watch/NNP/ORGANIZATION began/VBD/O ././O")
            .sentence(
                "The/DT/O Zeta/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ,/,/O the/DT/O"
                    + " lending/NN/O arm/NN/O of/IN/O the/DT/O Coastal/NNP/ORGANIZATION"
                    + " League/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O")
            .sentence(
                "Delta/NNP/ORGANIZATION Command/NNP/ORGANIZATION ,/,/O the/DT/O Lima/NNP/CITY"
                    + " -/HYPH/O based/VBN/O command/NN/O ,/,/O grew/VBD/O ././O")
            .sentence(
                "Omega/NNP/ORGANIZATION is/VBZ/O not/RB/O part/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Group/NNP/ORGANIZATION ././O",
                "3>0:nsubj 3>1:cop 3>2:advmod -1>3:root 7>4:case 7>5:det 7>6:compound"
                    + " 3>7:nmod:of 3>8:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "organization/acme-labs partOf organization/bolt-group",
                "organization/harbour-watch partOf organization/coastal-league",
                "organization/zeta-bank partOf organization/coastal-league",
                "organization/delta-command headquarters city/lima")),
        facts.toString());
    assertFalse(
        facts.contains("organization/omega partOf organization/bolt-group"), facts.toString());
  }

  @Test
  void aPlaceNamedWithTheRegionItIsIn() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops/NNS/O are/VBP/O near/IN/O Norby/NNP/LOCATION in/IN/O north/NN/O -/HYPH/O"
                    + " eastern/JJ/O Freedonia/NNP/COUNTRY ././O")
            .sentence("Talks/NNS/O in/IN/O Lima/NNP/CITY in/IN/O July/NNP/DATE ended/VBD/O ././O")
            .build();

    assertEquals(Set.of("place/norby locatedIn country/freedonia"), Extraction.asserted(doc));
  }

  @Test
  void membersAlongsideListsOfStatesBranchesBodiesAndSites() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O a/DT/O member/NN/O of/IN/O Andino/NNP/ORGANIZATION"
                    + " alongside/IN/O Chile/NNP/COUNTRY ././O")
            .sentence(
                "The/DT/O Coastal/NNP/ORGANIZATION League/NNP/ORGANIZATION is/VBZ/O an/DT/O"
                    + " intergovernmental/JJ/O alliance/NN/O of/IN/O three/CD/NUMBER"
                    + " post-Colonial/JJ/O states/NNS/O :/:/O Fiji/NNP/COUNTRY ././O")
            .sentence(
                "Tonga/NNP/COUNTRY ,/,/O the/DT/O Coastal/NNP/ORGANIZATION"
                    + " League/NNP/ORGANIZATION 's/POS/O largest/JJS/O member/NN/O ,/,/O"
                    + " agreed/VBD/O ././O")
            .sentence(
                "The/DT/O main/JJ/O component/NN/O of/IN/O the/DT/O alliance/NN/O is/VBZ/O"
                    + " the/DT/O Rapid/NNP/ORGANIZATION Force/NNP/ORGANIZATION ././O")
            .sentence(
                "Zeta/NNP/ORGANIZATION Marines/NNPS/ORGANIZATION ,/,/O the/DT/O"
                    + " Zeta/NNP/ORGANIZATION Navy/NNP/ORGANIZATION 's/POS/O amphibious/JJ/O"
                    + " force/NN/O ,/,/O landed/VBD/O ././O")
            .sentence(
                "The/DT/O supreme/JJ/O body/NN/O of/IN/O the/DT/O Coastal/NNP/ORGANIZATION"
                    + " League/NNP/ORGANIZATION is/VBZ/O the/DT/O Harbour/NNP/ORGANIZATION"
                    + " Council/NNP/ORGANIZATION ././O")
            .sentence(
                "Talks/NNS/O were/VBD/O held/VBN/O at/IN/O the/DT/O Norland/NNP/ORGANIZATION"
                    + " Naval/NNP/ORGANIZATION College/NNP/ORGANIZATION in/IN/O Lima/NNP/CITY"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.containsAll(
            Set.of(
                "country/peru memberOf organization/andino",
                "country/chile memberOf organization/andino",
                "country/fiji memberOf organization/coastal-league",
                "organization/zeta-marines partOf organization/zeta-navy",
                "organization/harbour-council partOf organization/coastal-league",
                "country/tonga memberOf organization/coastal-league",
                "organization/rapid-force partOf organization/coastal-league",
                "organization/norland-naval-college headquarters city/lima")),
        facts.toString());
  }

  @Test
  void aDescribedOrganisationIsTheOneNamedLast() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY joined/VBD/O talks/NNS/O with/IN/O Acme/NNP/ORGANIZATION ././O")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON now/RB/O heads/VBZ/O the/DT/O Lima/NNP/CITY"
                    + " -/HYPH/O based/VBN/O company/NN/O ././O")
            .build();

    assertTrue(Extraction.asserted(doc).contains("organization/acme headquarters city/lima"));
  }

  @Test
  void theMembersListedBeforeKnownAsFormTheGroup() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY and/CC/O Bolivia/NNP/COUNTRY ,/,/O"
                    + " known/VBN/O as/IN/O the/DT/O AT3/NNP/O ,/,/O met/VBD/O ././O",
                "11>0:nsubj 2>1:punct 0>2:conj:and 4>3:cc 0>4:conj:and 0>5:punct 0>6:acl 9>7:case"
                    + " 9>8:det 6>9:obl:as 0>10:punct -1>11:root 11>12:punct")
            .build();

    assertEquals(
        Set.of(
            "country/bolivia memberOf organization/at3",
            "country/chile memberOf organization/at3",
            "country/peru memberOf organization/at3"),
        Extraction.asserted(doc));
  }

  @Test
  void joiningABodyIsMembershipAndJoiningAMissionIsParticipation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY joined|join/VBD/O the/DT/O Andean/NNP/ORGANIZATION"
                    + " Council/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 4>2:det 4>3:compound 1>4:obj 1>5:punct")
            .sentence(
                "Peru/NNP/COUNTRY joined|join/VBD/O the/DT/O Andean/NNP/ORGANIZATION"
                    + " Rescue/NNP/ORGANIZATION Mission/NNP/ORGANIZATION ././O",
                "1>0:nsubj -1>1:root 5>2:det 5>3:compound 5>4:compound 1>5:obj 1>6:punct")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile memberOf organization/andean-council"), facts.toString());
    assertTrue(
        facts.contains("country/peru participantIn organization/andean-rescue-mission"),
        facts.toString());
    assertFalse(facts.contains("country/peru memberOf organization/andean-rescue-mission"));
  }

  @Test
  void organisationNamesGivePartsAndDirectionalPlaceNamesGiveContainment() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Research/NNP/ORGANIZATION unit/NN/O and/CC/O"
                    + " Acme/NNP/ORGANIZATION disagree/VBP/O ././O")
            .sentence(
                "The/DT/O Coastal/NNP/ORGANIZATION Defense/NNP/ORGANIZATION Force/NNP/ORGANIZATION"
                    + " joined/VBD/O other/JJ/O Defense/NNP/ORGANIZATION Forces/NNP/ORGANIZATION"
                    + " in/IN/O Eastern/NNP/LOCATION Europe/NNP/LOCATION and/CC/O"
                    + " Europe/NNP/LOCATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-research partOf organization/acme"), facts.toString());
    assertTrue(
        facts.contains("organization/coastal-defense-force partOf organization/defense-forces"),
        facts.toString());
    assertTrue(facts.contains("place/eastern-europe locatedIn place/europe"), facts.toString());
  }

  @Test
  void citiesInCountries() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops/NNS/O left/VBD/O Lima/NNP/CITY ,/,/O Peru/NNP/COUNTRY ,/,/O for/IN/O"
                    + " the/DT/O Chilean/JJ/NATIONALITY port/NN/O of/IN/O Arica/NNP/CITY ././O")
            .sentence(
                "Flights/NNS/O linked/VBD/O Quito/NNP/CITY ,/,/O Peru/NNP/COUNTRY and/CC/O"
                    + " Chile/NNP/COUNTRY ././O")
            .sentence(
                "Santiago/NNP/CITY is/VBZ/O the/DT/O capital/NN/O of/IN/O Chile/NNP/COUNTRY ././O")
            .build();

    assertEquals(
        Set.of(
            "city/arica locatedIn country/chile",
            "city/lima locatedIn country/peru",
            "city/santiago locatedIn country/chile"),
        Extraction.asserted(doc),
        "a list of places is not containment");
  }

  @Test
  void negatedAndHypotheticalMembershipsAreFactsButNotAssertions() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY is/VBZ/O not/RB/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Andean/NNP/ORGANIZATION Council/NNP/ORGANIZATION ././O",
                "4>0:nsubj 4>1:cop 4>2:advmod 4>3:det -1>4:root 8>5:case 8>6:det 8>7:compound"
                    + " 4>8:nmod:of 4>9:punct")
            .sentence(
                "Peru/NNP/COUNTRY could/MD/O join|join/VB/O the/DT/O Andean/NNP/ORGANIZATION"
                    + " Council/NNP/ORGANIZATION ././O",
                "2>0:nsubj 2>1:aux -1>2:root 5>3:det 5>4:compound 2>5:obj 2>6:punct")
            .build();

    assertEquals(
        Set.of(
            "country/chile memberOf organization/andean-council NEGATED",
            "country/peru memberOf organization/andean-council HYPOTHETICAL"),
        Extraction.describe(Extraction.facts(doc)));
  }
}

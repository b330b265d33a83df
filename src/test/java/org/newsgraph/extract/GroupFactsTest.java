package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/** Seats, memberships, parts and participation read from the general kinds of session 11. */
class GroupFactsTest {

  @Test
  void aCityBeforeTheKindOfFirmInAnAppositionIsItsSeat() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION Ventures/NNP/ORGANIZATION ,/,/O a/DT/O Quito/NNP/CITY"
                    + " venture/NN/O capital/NN/O firm/NN/O ,/,/O invested/VBD/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION ,/,/O a/DT/O Lima/NNP/CITY start/NN/O -/HYPH/O up/RP/O"
                    + " ,/,/O grew/VBD/O ././O")
            .sentence(
                "Zeta/NNP/ORGANIZATION ,/,/O a/DT/O Lima/NNP/CITY office/NN/O ,/,/O"
                    + " grew/VBD/O ././O")
            .build();

    assertEquals(
        Set.of(
            "organization/bolt-ventures headquarters city/quito",
            "organization/acme headquarters city/lima"),
        Extraction.asserted(doc));
  }

  @Test
  void aDescriptionThatIsHeadquarteredSomewhereIsTheOrganisationNamedLast() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Andino/NNP/ORGANIZATION is/VBZ/O a/DT/O trade/NN/O bloc/NN/O ././O")
            .sentence(
                "The/DT/O bloc/NN/O has/VBZ/O been/VBN/O headquartered/VBN/O in/IN/O"
                    + " Lima/NNP/CITY since/IN/O 2001/CD/DATE ././O")
            .build();

    assertEquals(Set.of("organization/andino headquarters city/lima"), Extraction.asserted(doc));
  }

  @Test
  void beingAffiliatedWithAFederationIsMembership() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Union/NNP/ORGANIZATION is/VBZ/O affiliated/VBN/O"
                    + " with/IN/O the/DT/O Bolt/NNP/ORGANIZATION Federation/NNP/ORGANIZATION"
                    + " ././O",
                "1>0:compound 3>1:nsubj:pass 3>2:aux:pass -1>3:root 7>4:case 7>5:det"
                    + " 7>6:compound 3>7:obl:with 3>8:punct")
            .build();

    assertEquals(
        Set.of("organization/acme-union memberOf organization/bolt-federation"),
        Extraction.asserted(doc));
  }

  @Test
  void operatingAsASubsidiaryOfAnotherIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION will/MD/O operate/VB/O as/IN/O a/DT/O wholly/RB/O"
                    + " owned/VBN/O subsidiary/NN/O of/IN/O Bolt/NNP/ORGANIZATION ././O",
                "2>0:nsubj 2>1:aux -1>2:root 7>3:case 7>4:det 6>5:advmod 7>6:amod"
                    + " 2>7:obl:as 9>8:case 7>9:nmod:of 2>10:punct")
            .build();

    assertEquals(Set.of("organization/acme partOf organization/bolt"), Extraction.asserted(doc));
  }

  @Test
  void theNameRightBeforeTakePartInTakesPart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY will/MD/O both/DT/O take/VB/O part/NN/O in/IN/O the/DT/O"
                    + " Southern/NNP/ORGANIZATION Shield/NNP/ORGANIZATION ././O")
            .sentence(
                "Peru/NNP/COUNTRY did/VBD/O not/RB/O take/VB/O part/NN/O in/IN/O the/DT/O"
                    + " Andean/NNP/ORGANIZATION Forum/NNP/ORGANIZATION ././O")
            .build();

    assertEquals(
        Set.of("country/chile participantIn organization/southern-shield"),
        Extraction.asserted(doc));
  }

  @Test
  void aGroupThatBringsTogetherOrComprisesNamesHasThemAsMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Andino/NNP/ORGANIZATION brings/VBZ/O together/RB/O Peru/NNP/COUNTRY ,/,/O"
                    + " Chile/NNP/COUNTRY and/CC/O Bolivia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(facts.contains("country/peru memberOf organization/andino"), facts::toString);
    assertTrue(facts.contains("country/bolivia memberOf organization/andino"), facts::toString);
  }

  @Test
  void anExerciseThatInvolvesForcesFromCountriesHasThemAsParticipants() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Exercise/NNP/ORGANIZATION Southern/NNP/ORGANIZATION Shield/NNP/ORGANIZATION"
                    + " involved/VBD/O navies/NNS/O from/IN/O Peru/NNP/COUNTRY ././O")
            .build();

    assertEquals(
        Set.of("country/peru participantIn organization/exercise-southern-shield"),
        Extraction.asserted(doc));
  }

  @Test
  void aBodyOrCouncilOfAnOrganisationInAnAppositionIsPartOfIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION ,/,/O the/DT/O Lima/NNP/CITY"
                    + " -/HYPH/O based/VBN/O investment/NN/O arm/NN/O of/IN/O the/DT/O"
                    + " Bolt/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION ,/,/O grew/VBD/O ././O")
            .sentence(
                "Zeta/NNP/ORGANIZATION Council/NNP/ORGANIZATION ,/,/O a/DT/O council/NN/O"
                    + " of/IN/O Omega/NNP/ORGANIZATION Research/NNP/ORGANIZATION ,/,/O"
                    + " grew/VBD/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-holdings partOf organization/bolt-foundation"),
        facts::toString);
    assertTrue(
        facts.contains("organization/zeta-council partOf organization/omega-research"),
        facts::toString);
  }

  @Test
  void whoseOtherMembersAndFullMembersListMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bolt/NNP/ORGANIZATION joined/VBD/O the/DT/O Andino/NNP/ORGANIZATION"
                    + " Alliance/NNP/ORGANIZATION ,/,/O a/DT/O research/NN/O alliance/NN/O"
                    + " whose/WP$/O other/JJ/O members/NNS/O include/VBP/O the/DT/O"
                    + " Zeta/NNP/ORGANIZATION University/NNP/ORGANIZATION ././O")
            .sentence("The/DT/O Andino/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "The/DT/O alliance/NN/O 's/POS/O full/JJ/O members/NNS/O are/VBP/O the/DT/O"
                    + " Omega/NNP/ORGANIZATION Institute/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/zeta-university memberOf organization/andino-alliance"),
        facts::toString);
    assertTrue(
        facts.contains("organization/omega-institute memberOf organization/andino-alliance"),
        facts::toString);
  }

  @Test
  void anOrganisationThatHasItsHeadquartersInACityIsSeatedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION ,/,/O which/WDT/O has/VBZ/O its/PRP$/O"
                    + " headquarters/NN/O in/IN/O Lima/NNP/CITY ,/,/O grew/VBD/O ././O")
            .build();

    assertEquals(Set.of("organization/acme headquarters city/lima"), Extraction.asserted(doc));
  }

  @Test
  void anAllianceOfNamedPartiesHasThemAsMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Andino/NNP/ORGANIZATION Pact/NNP/ORGANIZATION is/VBZ/O an/DT/O"
                    + " alliance/NN/O of/IN/O the/DT/O Green/NNP/ORGANIZATION"
                    + " Party/NNP/ORGANIZATION ././O")
            .sentence(
                "Zeta/NNP/ORGANIZATION is/VBZ/O a/DT/O federation/NN/O of/IN/O clubs/NNS/O"
                    + " ././O")
            .build();

    assertEquals(
        Set.of("organization/green-party memberOf organization/andino-pact"),
        Extraction.asserted(doc));
  }

  @Test
  void aNamedOrganisationsMemberFederationsAreMembers() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Andino/NNP/ORGANIZATION League/NNP/ORGANIZATION 's/POS/O"
                    + " member/NN/O federations/NNS/O include/VBP/O the/DT/O"
                    + " Zeta/NNP/ORGANIZATION Federation/NNP/ORGANIZATION ././O")
            .build();

    assertEquals(
        Set.of("organization/zeta-federation memberOf organization/andino-league"),
        Extraction.asserted(doc));
  }

  @Test
  void theCountryShipsComeFromTakesPartInTheExercise() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ships/NNS/O from/IN/O Peru/NNP/COUNTRY with/IN/O crews/NNS/O"
                    + " took|take/VBD/O part/NN/O in/IN/O Exercise/NNP/ORGANIZATION"
                    + " Southern/NNP/ORGANIZATION Shield/NNP/ORGANIZATION ././O",
                "5>0:nsubj 2>1:case 0>2:nmod:from 4>3:case 0>4:nmod:with -1>5:root 5>6:obj"
                    + " 9>7:case 9>8:compound 5>9:obl:in 5>10:punct")
            .build();

    assertEquals(
        Set.of("country/peru participantIn organization/exercise-southern-shield"),
        Extraction.asserted(doc));
  }

  @Test
  void namesInARelativeClauseOrAfterParticipationOfTakePart() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Operation/NNP/ORGANIZATION Blue/NNP/ORGANIZATION Wave/NNP/ORGANIZATION ,/,/O"
                    + " in/IN/O which/WDT/O Peru/NNP/COUNTRY and/CC/O Chile/NNP/COUNTRY"
                    + " took/VBD/O part/NN/O ,/,/O ended/VBD/O ././O")
            .sentence(
                "Exercise/NNP/ORGANIZATION Southern/NNP/ORGANIZATION Shield/NNP/ORGANIZATION"
                    + " was/VBD/O held/VBN/O with/IN/O the/DT/O participation/NN/O of/IN/O"
                    + " Bolivia/NNP/COUNTRY ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/peru participantIn organization/operation-blue-wave"),
        facts::toString);
    assertTrue(
        facts.contains("country/bolivia participantIn organization/exercise-southern-shield"),
        facts::toString);
  }

  @Test
  void aCountryThatCoordinatesAnOperationTakesPartInIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Operation/NNP/ORGANIZATION Blue/NNP/ORGANIZATION Wave/NNP/ORGANIZATION"
                    + " was/VBD/O coordinated|coordinate/VBN/O by/IN/O Peru/NNP/COUNTRY ././O",
                "2>0:compound 2>1:compound 4>2:nsubj:pass 4>3:aux:pass -1>4:root 6>5:case"
                    + " 4>6:obl:agent 4>7:punct")
            .build();

    assertEquals(
        Set.of("country/peru participantIn organization/operation-blue-wave"),
        Extraction.asserted(doc));
  }

  @Test
  void aSchoolDescribedWithAReligionWordAndItsCityIsSeatedThere() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O taught/VBD/O at/IN/O Acme/NNP/ORGANIZATION College/NNP/ORGANIZATION"
                    + " ,/,/O a/DT/O Jesuit/NNP/RELIGION school/NN/O in/IN/O Lima/NNP/CITY"
                    + " ././O")
            .build();

    assertEquals(
        Set.of("organization/acme-college headquarters city/lima"), Extraction.asserted(doc));
  }

  @Test
  void aCityDescribedByItsCountrysNationalityWordLiesInTheCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Peru/NNP/COUNTRY voted/VBD/O ././O")
            .sentence(
                "She/PRP/O flew/VBD/O to/IN/O Lima/NNP/CITY ,/,/O the/DT/O Peruvian/JJ/NATIONALITY"
                    + " capital/NN/O ,/,/O on/IN/O Monday/NNP/DATE ././O")
            .build();

    assertEquals(Set.of("city/lima locatedIn country/peru"), Extraction.asserted(doc));
  }

  @Test
  void theCapitalOfANationalStateOfARegionLiesInTheRegion() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O flew/VBD/O to/IN/O Norby/NNP/CITY ,/,/O the/DT/O capital/NN/O of/IN/O"
                    + " the/DT/O Peruvian/JJ/NATIONALITY state/NN/O of/IN/O"
                    + " Zeta/NNP/STATE_OR_PROVINCE ,/,/O on/IN/O Monday/NNP/DATE ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.stream().anyMatch(f -> f.startsWith("city/norby locatedIn ") && f.endsWith("/zeta")),
        facts::toString);
  }
}

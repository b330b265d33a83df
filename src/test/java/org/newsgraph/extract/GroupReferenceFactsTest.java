package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;
import org.newsgraph.resolve.DocBuilder;

/**
 * Groups named by their number ("the three states", "all three", "both museums") that refer back to
 * a list or to organisations named before them (sentences made up for the tests).
 */
class GroupReferenceFactsTest {

  private static final String LIST =
      "Chile/NNP/COUNTRY ,/,/O Peru/NNP/COUNTRY and/CC/O Bolivia/NNP/COUNTRY signed/VBD/O"
          + " a/DT/O pact/NN/O ././O";

  @Test
  void aNumberedGroupIsTheListNamedBeforeIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(LIST)
            .sentence(
                "The/DT/O three/CD/O states/NNS/O had/VBD/O already/RB/O formed/VBN/O the/DT/O"
                    + " Andean/NNP/ORGANIZATION Union/NNP/ORGANIZATION ././O")
            .sentence(
                "All/DT/O three/CD/O remain/VBP/O members/NNS/O of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    for (String country : new String[] {"chile", "peru", "bolivia"}) {
      assertTrue(
          facts.contains("country/" + country + " memberOf organization/andean-union"),
          facts.toString());
      assertTrue(
          facts.contains("country/" + country + " memberOf organization/acme-bank"),
          facts.toString());
    }
  }

  @Test
  void aGroupWhoseNumberDiffersFromTheLastListIsLeftAlone() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(LIST)
            .sentence(
                "Both/DT/O countries/NNS/O are/VBP/O members/NNS/O of/IN/O the/DT/O"
                    + " Acme/NNP/ORGANIZATION Bank/NNP/ORGANIZATION ././O")
            .build();

    assertFalse(
        Extraction.asserted(doc).stream().anyMatch(f -> f.contains("memberOf")),
        Extraction.asserted(doc).toString());
  }

  @Test
  void bothMuseumsAreTheLastTwoMuseumsNamed() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Museum/NNP/ORGANIZATION signed/VBD/O with/IN/O"
                    + " the/DT/O Bolt/NNP/ORGANIZATION Museum/NNP/ORGANIZATION in/IN/O"
                    + " Lima/NNP/CITY ././O")
            .sentence(
                "Both/DT/O museums/NNS/O are/VBP/O members/NNS/O of/IN/O the/DT/O"
                    + " Zeta/NNP/ORGANIZATION Council/NNP/ORGANIZATION ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/acme-museum memberOf organization/zeta-council"),
        facts.toString());
    assertTrue(
        facts.contains("organization/bolt-museum memberOf organization/zeta-council"),
        facts.toString());
  }

  @Test
  void readsTheGroupFromItsWords() {
    assertEquals(
        Optional.of(new GroupReferences.Group(3, "states")),
        GroupReferences.parse("The three states"));
    assertEquals(Optional.of(new GroupReferences.Group(3, "")), GroupReferences.parse("All three"));
    assertEquals(
        Optional.of(new GroupReferences.Group(2, "museums")),
        GroupReferences.parse("Both museums"));
    assertEquals(Optional.empty(), GroupReferences.parse("Both Chile and Peru"));
    assertEquals(Optional.empty(), GroupReferences.parse("All members"));
  }

  @Test
  void newMembersWithoutAnOrganisationAreMembersOfTheOneTheTextIsAbout() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Acme/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION met/VBD/O in/IN/O"
                    + " Lima/NNP/CITY ././O")
            .sentence(
                "The/DT/O new/JJ/O members/NNS/O are/VBP/O Bolt/NNP/ORGANIZATION"
                    + " Corp/NNP/ORGANIZATION and/CC/O Zeta/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION"
                    + " ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Alliance/NNP/ORGANIZATION said/VBD/O so/RB/O"
                    + " ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("organization/bolt-corp memberOf organization/acme-alliance"),
        facts.toString());
    assertTrue(
        facts.contains("organization/zeta-ltd memberOf organization/acme-alliance"),
        facts.toString());
  }

  @Test
  void aListAllOfWhichAreMembersIsOfTheOrganisationTheTextIsAbout() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION met/VBD/O in/IN/O"
                    + " Lima/NNP/CITY ././O")
            .sentence(
                "It/PRP/O was/VBD/O founded/VBN/O by/IN/O Chile/NNP/COUNTRY and/CC/O"
                    + " Peru/NNP/COUNTRY ,/,/O both/DT/O of/IN/O which/WDT/O remain/VBP/O"
                    + " members/NNS/O ././O",
                "-1>2:root 2>4:obl:agent 4>6:conj:and")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Council/NNP/ORGANIZATION said/VBD/O so/RB/O ././O")
            .build();

    Set<String> facts = Extraction.asserted(doc);

    assertTrue(
        facts.contains("country/chile memberOf organization/acme-council"), facts.toString());
    assertTrue(facts.contains("country/peru memberOf organization/acme-council"), facts.toString());
  }
}

package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Names the text describes as organisations are organisations, whatever NER made of them. */
class OrganizationCuesTest {

  private static Map<String, Entity> byLabel(AnnotatedDocument doc) {
    return new EntityResolver()
        .resolve(List.of(doc)).entities().stream()
            .collect(Collectors.toMap(Entity::label, e -> e, (a, b) -> a));
  }

  @Test
  void appositionsAndSeatsMakeOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "He/PRP/O praised/VBD/O Norby/NNP/PERSON Grupa/NNP/PERSON (/-LRB-/O NG/NNP/O"
                    + " )/-RRB-/O ,/,/O the/DT/O Lyon/NNP/CITY -/HYPH/O based/VBN/O state/NN/O"
                    + " defence/NN/O group/NN/O ,/,/O and/CC/O Calder/NNP/PERSON ,/,/O a/DT/O"
                    + " family-owned/JJ/O company/NN/O ././O")
            .sentence(
                "Brockley/NNP/LOCATION Tools/NNP/LOCATION ,/,/O which/WDT/O is/VBZ/O"
                    + " headquartered/VBN/O in/IN/O Lyon/NNP/CITY ,/,/O grew/VBD/O ././O")
            .sentence(
                "Jane/NNP/PERSON Roe/NNP/PERSON ,/,/O the/DT/O group/NN/O 's/POS/O"
                    + " chairman/NN/O ,/,/O and/CC/O Ann/NNP/PERSON Lee/NNP/PERSON ,/,/O a/DT/O"
                    + " union/NN/O leader/NN/O ,/,/O spoke/VBD/O ././O")
            .sentence("Calder/NNP/PERSON grew/VBD/O ././O")
            .sentence("Calder/NNP/PERSON hired/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Norby Grupa").type(), entities.toString());
    assertEquals(
        EntityType.ORGANIZATION,
        entities.get("Calder").type(),
        "one description outweighs the person votes of other mentions");
    assertEquals(EntityType.ORGANIZATION, entities.get("Brockley Tools").type());
    assertEquals(EntityType.PERSON, entities.get("Jane Roe").type());
    assertEquals(EntityType.PERSON, entities.get("Ann Lee").type());
    assertTrue(entities.containsKey("Lyon"));
  }

  @Test
  void aDescriptionBeforeTheNameOrWithANationalityMakesAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Its/PRP$/O Greek/JJ/NATIONALITY unit/NN/O ,/,/O Norby/NNP/PERSON"
                    + " Hellas/NNP/PERSON ,/,/O was/VBD/O set/VBN/O up/RP/O ././O")
            .sentence(
                "Calder/NNP/PERSON Isolatie/NNP/PERSON ,/,/O the/DT/O Belgian/JJ/NATIONALITY"
                    + " maker/NN/O of/IN/O panels/NNS/O ,/,/O opened/VBD/O a/DT/O plant/NN/O ././O")
            .sentence(
                "The/DT/O group/NN/O 's/POS/O chairman/NN/O ,/,/O Jane/NNP/PERSON Roe/NNP/PERSON"
                    + " ,/,/O spoke/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Norby Hellas").type(), entities.toString());
    assertEquals(EntityType.ORGANIZATION, entities.get("Calder Isolatie").type());
    assertEquals(EntityType.PERSON, entities.get("Jane Roe").type());
  }

  @Test
  void aSurnameOfAPersonOfTheDocumentStaysAsNerTaggedIt() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ann/NNP/PERSON Calder/NNP/PERSON runs/VBZ/O Calder/NNP/PERSON ,/,/O which/WDT/O"
                    + " is/VBZ/O headquartered/VBN/O in/IN/O Lyon/NNP/CITY ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.PERSON, entities.get("Ann Calder").type(), entities.toString());
  }

  @Test
  void aNameEndingInMissionIsAnOrganisationNotAPlace() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O expanded/VBD/O its/PRP$/O Norby/NNP/LOCATION Emergency/NNP/LOCATION"
                    + " Mission/NNP/LOCATION in/IN/O eastern/JJ/O Freedonia/NNP/COUNTRY ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(
        EntityType.ORGANIZATION,
        entities.get("Norby Emergency Mission").type(),
        entities.toString());
  }

  @Test
  void aDescriptionWithAReligionWordMakesAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O taught/VBD/O at/IN/O La/NNP/LOCATION Norby/NNP/LOCATION ,/,/O a/DT/O"
                    + " Jesuit/NNP/RELIGION school/NN/O in/IN/O Lyon/NNP/CITY ././O")
            .sentence(
                "He/PRP/O went/VBD/O to/IN/O Zeta/NNP/LOCATION ,/,/O a/DT/O Jesuit/NNP/RELIGION"
                    + " region/NN/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("La Norby").type(), entities.toString());
    assertEquals(EntityType.PLACE, entities.get("Zeta").type());
  }

  @Test
  void aKindWordRightBeforeTheNameMakesAnOrganisationUnlessAVerbFollows() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O hired/VBD/O the/DT/O Lyon/NNP/CITY firm/NN/O Calder/NNP/PERSON"
                    + " and/CC/O Freedonian/JJ/NATIONALITY company/NN/O Norby/NNP/PERSON"
                    + " Tools/NNP/PERSON to/TO/O help/VB/O ././O")
            .sentence(
                "She/PRP/O left/VBD/O the/DT/O company/NN/O Jane/NNP/PERSON Roe/NNP/PERSON"
                    + " founded/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Calder").type(), entities.toString());
    assertEquals(EntityType.ORGANIZATION, entities.get("Norby Tools").type());
    assertEquals(EntityType.PERSON, entities.get("Jane Roe").type(), "a relative clause");
  }

  @Test
  void aCompanyOfficeAfterThePossessiveMakesAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Zentrix/NNP/PERSON Data/NNP/PERSON 's/POS/O chief/JJ/TITLE executive/NN/TITLE"
                    + " ,/,/O Jane/NNP/PERSON Roe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .sentence(
                "Ann/NNP/PERSON Lee/NNP/PERSON 's/POS/O chief/JJ/O of/IN/O staff/NN/O"
                    + " resigned/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Zentrix Data").type(), entities.toString());
    assertEquals(EntityType.PERSON, entities.get("Jane Roe").type());
    assertEquals(EntityType.PERSON, entities.get("Ann Lee").type(), "no company office");
  }

  @Test
  void aStartUpNamedWithItsPlaceIsAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "It/PRP/O bought/VBD/O Quillan/NNP/PERSON ,/,/O a/DT/O Lyon/NNP/CITY start/VB/O"
                    + " -/HYPH/O up/RP/O in/IN/O which/WDT/O it/PRP/O held/VBD/O a/DT/O"
                    + " stake/NN/O ././O")
            .sentence(
                "It/PRP/O sold/VBD/O Vexa/NNP/LOCATION ,/,/O the/DT/O Lyon/NNP/CITY -/HYPH/O"
                    + " based/VBN/O research/NN/O institute/NN/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Quillan").type(), entities.toString());
    assertEquals(EntityType.ORGANIZATION, entities.get("Vexa").type());
  }
}

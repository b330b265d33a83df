package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Place names with a kind of division after them or a kind of water body or landform in them. */
class PlacePhrasesTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byLabel(AnnotatedDocument doc) {
    return RESOLVER.resolve(List.of(doc)).entities().stream()
        .collect(Collectors.toMap(Entity::label, e -> e));
  }

  @Test
  void untaggedWordsBeforeADivisionWordAreOnePlace() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Cases/NNS/O rose/VBD/O in/IN/O Freedonia/NNP/COUNTRY 's/POS/O Norby/NNP/O"
                    + " department/NN/O and/CC/O the/DT/O Wadi/NNP/CITY Varne/NNP/LOCATION"
                    + " province/NN/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.PLACE, entities.get("Norby department").type());
    assertTrue(entities.get("Norby department").aliases().contains("Norby"));
    assertEquals(EntityType.PLACE, entities.get("Wadi Varne province").type());
    assertEquals(EntityType.COUNTRY, entities.get("Freedonia").type());
  }

  @Test
  void aRiverOrBayIsOnePlaceWhateverNerTaggedItsWords() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "A/DT/O plant/NN/O on/IN/O the/DT/O Varne/NNP/LOCATION River/NNP/TITLE and/CC/O"
                    + " a/DT/O campus/NN/O near/IN/O the/DT/O River/NNP/TITLE Sorn/NNP/LOCATION"
                    + " face/VBP/O Norby/NNP/CITY Bay/NNP/CITY ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.PLACE, entities.get("Varne River").type());
    assertEquals(EntityType.PLACE, entities.get("River Sorn").type());
    assertEquals(EntityType.PLACE, entities.get("Norby Bay").type());
    assertFalse(entities.containsKey("Sorn"));
  }

  @Test
  void anOrganisationWithAFeatureWordStaysAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Varne/NNP/ORGANIZATION Valley/NNP/ORGANIZATION Authority/NNP/ORGANIZATION"
                    + " and/CC/O Norby/NNP/ORGANIZATION Bay/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byLabel(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("Varne Valley Authority").type());
    assertEquals(EntityType.ORGANIZATION, entities.get("Norby Bay").type());
  }

  @Test
  void theDivisionWordIsLeftOutWhenNamesAreCompared() {
    assertEquals("norby", ClusterKeys.key("Norby department"));
    assertEquals("Norby", EntityBuilder.withoutRegionWord("Norby county"));
    assertEquals("Norby County", EntityBuilder.withoutRegionWord("Norby County"));
  }
}

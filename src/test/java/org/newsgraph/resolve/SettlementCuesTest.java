package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Names the text calls towns are cities, whatever NER made of them. */
class SettlementCuesTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(AnnotatedDocument... docs) {
    return RESOLVER.resolve(List.of(docs)).entities().stream()
        .collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void appositionsTownOfAndBasedMakeCities() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION opened/VBD/O a/DT/O plant/NN/O in/IN/O"
                    + " Ashford/NNP/ORGANIZATION ,/,/O a/DT/O small/JJ/O market/NN/O town/NN/O"
                    + " in/IN/O Freedonia/NNP/COUNTRY ././O")
            .sentence(
                "It/PRP/O chose/VBD/O the/DT/O town/NN/O of/IN/O Brockley/NNP/O over/IN/O"
                    + " Calder/NNP/PERSON ././O")
            .sentence(
                "The/DT/O Dunmore/NNP/ORGANIZATION -/HYPH/O based/VBN/O firm/NN/O and/CC/O"
                    + " the/DT/O EU/NNP/ORGANIZATION -/HYPH/O based/VBN/O fund/NN/O and/CC/O"
                    + " Jane/NNP/PERSON Roe/NNP/PERSON ,/,/O a/DT/O town/NN/O planner/NN/O ,/,/O"
                    + " spoke/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(entities.containsKey("city/ashford"), entities.keySet()::toString);
    assertTrue(entities.containsKey("city/brockley"), entities.keySet()::toString);
    assertTrue(entities.containsKey("city/dunmore"), entities.keySet()::toString);
    assertTrue(entities.containsKey("organization/eu"), entities.keySet()::toString);
    assertTrue(entities.containsKey("person/jane-roe"), entities.keySet()::toString);
    assertTrue(entities.containsKey("person/calder"), entities.keySet()::toString);
  }

  @Test
  void aTiedVoteBetweenAPlaceAndAnOrganisationGoesToThePlace() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O based/VBN/O in/IN/O Quarnby/NNP/LOCATION ././O")
            .sentence("It/PRP/O left/VBD/O Quarnby/NNP/ORGANIZATION in/IN/O May/NNP/DATE ././O")
            .build();

    assertEquals(EntityType.PLACE, byId(doc).get("place/quarnby").type());
  }

  @Test
  void aTiedVoteGoesToTheOrganisationWhenTheNameHoldsAnOrganisationWord() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Freedonia/NNP/LOCATION Rowing/NNP/LOCATION Federation/NNP/LOCATION"
                    + " met/VBD/O ././O")
            .sentence(
                "The/DT/O Freedonia/NNP/ORGANIZATION Rowing/NNP/ORGANIZATION"
                    + " Federation/NNP/ORGANIZATION voted/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(
        entities.containsKey("organization/freedonia-rowing-federation"),
        entities.keySet()::toString);
  }
}

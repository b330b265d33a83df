package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Short forms of a longer organisation or place name of the same document join it. */
class ShortNameJoinTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(AnnotatedDocument... docs) {
    return RESOLVER.resolve(List.of(docs)).entities().stream()
        .collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void aShortOrganisationNameJoinsTheOneLongerNameOfItsDocument() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Institute/NNP/ORGANIZATION for/IN/ORGANIZATION"
                    + " Coastal/NNP/ORGANIZATION Research/NNP/ORGANIZATION and/CC/O the/DT/O"
                    + " FTO/NNP/ORGANIZATION Joint/NNP/ORGANIZATION Assembly/NNP/ORGANIZATION"
                    + " met/VBD/O in/IN/O Bravo/NNP/LOCATION Province/NNP/LOCATION ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Institute/NNP/ORGANIZATION and/CC/O the/DT/O"
                    + " Joint/NNP/ORGANIZATION Assembly/NNP/ORGANIZATION met/VBD/O in/IN/O"
                    + " Bravo/NNP/LOCATION ././O")
            .build();
    AnnotatedDocument other =
        new DocBuilder("b.txt")
            .sentence(
                "The/DT/O Joint/NNP/ORGANIZATION Assembly/NNP/ORGANIZATION of/IN/O"
                    + " Freedonia/NNP/COUNTRY met/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc, other);

    assertEquals(
        List.of(
            "country/freedonia",
            "organization/acme-institute-for-coastal-research",
            "organization/fto-joint-assembly",
            "organization/joint-assembly",
            "place/bravo-province"),
        entities.keySet().stream().sorted().toList());
    assertEquals(
        List.of("Joint Assembly"), entities.get("organization/fto-joint-assembly").aliases());
  }
}

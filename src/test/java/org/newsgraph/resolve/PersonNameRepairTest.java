package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Person names with courtesy titles, and names only on contact lines. */
class PersonNameRepairTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(AnnotatedDocument... docs) {
    return RESOLVER.resolve(List.of(docs)).entities().stream()
        .collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void aCourtesyTitleIsNoPartOfTheName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Anna/NNP/PERSON van/NNP/PERSON der/NNP/PERSON Berg/NNP/PERSON and/CC/O"
                    + " Jan/NNP/PERSON Roe-Doe/NNP/PERSON spoke/VBD/O ././O")
            .sentence(
                "Ms/NNP/PERSON van/NNP/PERSON der/NNP/PERSON Berg/NNP/PERSON thanked/VBD/O"
                    + " Mr./NNP/PERSON Roe-Doe/NNP/PERSON ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of("person/anna-van-der-berg", "person/jan-roe-doe"),
        entities.keySet().stream().sorted().toList());
    assertEquals(List.of("van der Berg"), entities.get("person/anna-van-der-berg").aliases());
    assertEquals(List.of("Roe-Doe"), entities.get("person/jan-roe-doe").aliases());
  }

  @Test
  void namesOnlyOnAPressContactLineAreNoEntities() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION opened/VBD/O a/DT/O plant/NN/O ././O")
            .sentence(
                "Media/NN/O contact/NN/O :/:/O Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O"
                    + " Corporate/NNP/ORGANIZATION Affairs/NNP/ORGANIZATION ,/,/O"
                    + " Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION ,/,/O press@acme.example/JJ/EMAIL")
            .build();

    assertEquals(List.of("organization/acme-tools"), byId(doc).keySet().stream().toList());
  }
}

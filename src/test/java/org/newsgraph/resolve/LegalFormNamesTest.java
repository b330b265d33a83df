package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** A company's legal form ends its name, whatever NER made of the name. */
class LegalFormNamesTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(AnnotatedDocument... docs) {
    return RESOLVER.resolve(List.of(docs)).entities().stream()
        .collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void aNameBeforeALegalFormIsOneCompanyWithItsForm() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O leads/VBZ/O Acme/NNP/LOCATION Ingeniería/NNP/LOCATION ,/,/O"
                    + " S.L./NNP/LOCATION ,/,/O the/DT/O unit/NN/O of/IN/O Bolt/NNP/PERSON"
                    + " Datos/NNP/PERSON del/NNP/PERSON Sur/NNP/PERSON ,/,/O S.A./NNP/O ././O")
            .sentence(
                "Members/NNS/O include/VBP/O Zed/NNP/PERSON Hálózat/NNP/PERSON Zrt./NNP/PERSON"
                    + " and/CC/O Kappa/NNP/ORGANIZATION Data/NNP/ORGANIZATION d.o.o./NN/ORGANIZATION"
                    + " ././O")
            .sentence(
                "Zed/NNP/PERSON Hálózat/NNP/PERSON and/CC/O Kappa/NNP/ORGANIZATION"
                    + " Data/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of(
            "organization/acme-ingenieria-sl",
            "organization/bolt-datos-del-sur-sa",
            "organization/kappa-data-doo",
            "organization/zed-halozat-zrt"),
        entities.keySet().stream().sorted().toList());
    // DocBuilder writes a space before the comma
    assertEquals("Acme Ingeniería , S.L.", entities.get("organization/acme-ingenieria-sl").label());
    assertEquals(List.of("Zed Hálózat"), entities.get("organization/zed-halozat-zrt").aliases());
  }

  @Test
  void wordsThatOnlyLookLikeLegalFormsChangeNothing() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Rui/NNP/PERSON Sa/NNP/PERSON met/VBD/O Ana/NNP/PERSON Lobo/NNP/PERSON in/IN/O"
                    + " Chile/NNP/COUNTRY as/IN/O planned/VBN/O ././O")
            .sentence(
                "The/DT/O Chief/NNP/TITLE Executive/NNP/TITLE of/IN/O Acme/NNP/ORGANIZATION"
                    + " Ltd/NNP/ORGANIZATION spoke/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(entities.containsKey("person/rui-sa"));
    assertTrue(entities.containsKey("organization/acme-ltd"));
    assertFalse(entities.keySet().stream().anyMatch(id -> id.contains("chief")));
  }

  @Test
  void aNameWithALegalFormMakesTheEntityACompanyWhateverTheVotes() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Vagões/NNP/ORGANIZATION S.A./NNP/ORGANIZATION was/VBD/O"
                    + " founded/VBN/O ././O")
            .sentence("Acme/NNP/LOCATION Vagões/NNP/LOCATION grew/VBD/O ././O")
            .sentence("Staff/NNS/O left/VBD/O Acme/NNP/LOCATION Vagões/NNP/LOCATION ././O")
            .build();

    assertEquals(EntityType.ORGANIZATION, byId(doc).get("organization/acme-vagoes-sa").type());
  }

  @Test
  void aShortNameTaggedAsAPersonJoinsTheCompanyNamedFirstOnATie() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION S.A./NNP/ORGANIZATION makes/VBZ/O"
                    + " food/NN/O ././O")
            .sentence(
                "Its/PRP$/O units/NNS/O are/VBP/O Acme/NNP/ORGANIZATION Paraguay/NNP/ORGANIZATION"
                    + " S.A./NNP/ORGANIZATION and/CC/O Acme/NNP/ORGANIZATION Europa/NNP/ORGANIZATION"
                    + " Lda./NNP/ORGANIZATION ././O")
            .sentence("Acme/NNP/PERSON is/VBZ/O a/DT/O member/NN/O ././O")
            .build();

    assertEquals(
        List.of("Acme"),
        byId(doc).get("organization/acme-foods-sa").aliases().stream()
            .filter(a -> !a.contains("S.A."))
            .toList());
  }
}

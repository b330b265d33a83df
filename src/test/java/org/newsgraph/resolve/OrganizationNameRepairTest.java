package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

/** Organisation names NER splits, mistypes or invents from a minister's portfolio. */
class OrganizationNameRepairTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(AnnotatedDocument... docs) {
    return RESOLVER.resolve(List.of(docs)).entities().stream()
        .collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void aPortfolioAfterMinisterOfIsNoOrganisationButTheMinistryIs() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY 's/POS/O Minister/NNP/TITLE of/IN/O Health/NNP/ORGANIZATION"
                    + " Care/NNP/ORGANIZATION ,/,/O Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O"
                    + " visited/VBD/O the/DT/O Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Health/NNP/ORGANIZATION Care/NNP/ORGANIZATION ././O")
            .sentence(
                "Peru/NNP/COUNTRY 's/POS/O Cabinet/NNP/ORGANIZATION Secretary/NNP/ORGANIZATION"
                    + " for/IN/ORGANIZATION Defence/NNP/ORGANIZATION ,/,/O Rui/NNP/PERSON"
                    + " Soto/NNP/PERSON ,/,/O came/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertFalse(entities.containsKey("organization/health-care"));
    assertFalse(entities.containsKey("organization/cabinet-secretary-for-defence"));
    assertTrue(entities.containsKey("organization/ministry-of-health-care"));
  }

  @Test
  void anOrganisationNameNerTagsElsewhereIsRepairedWhereItIsSplit() {
    AnnotatedDocument first =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY works/VBZ/O with/IN/O the/DT/O Andean/NNP/ORGANIZATION"
                    + " Union/NNP/ORGANIZATION ././O")
            .build();
    AnnotatedDocument second =
        new DocBuilder("b.txt")
            .sentence(
                "Peru/NNP/COUNTRY is/VBZ/O a/DT/O member/NN/O of/IN/O the/DT/O"
                    + " Andean/NNP/NATIONALITY Union/NNP/CITY ././O")
            .build();

    Map<String, Entity> entities = byId(first, second);

    assertFalse(entities.containsKey("city/union"));
    assertEquals(EntityType.ORGANIZATION, entities.get("organization/andean-union").type());
  }

  @Test
  void properNamesAreCapitalisedApartFromFunctionWords() {
    assertTrue(NamePropagation.isProperName("Bank for International Settlements"));
    assertFalse(NamePropagation.isProperName("Acme"));
    assertFalse(NamePropagation.isProperName("Acme board"));
    assertFalse(NamePropagation.isProperName("Friends of"));
  }

  @Test
  void aCompanysShortNameTaggedAsAPersonJoinsTheCompanyTheTextNamesMost() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION and/CC/O"
                    + " Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION grew/VBD/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION hired/VBD/O ././O")
            .sentence("Acme/NNP/PERSON 's/POS/O profit/NN/O rose/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertFalse(entities.containsKey("person/acme"));
    assertTrue(entities.get("organization/acme-tools-ltd").aliases().contains("Acme"));
  }
}

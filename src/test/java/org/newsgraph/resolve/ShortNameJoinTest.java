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

  @Test
  void aCompanysShortNameTakenForAPlaceJoinsTheCompany() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Larkspur/NNP/ORGANIZATION Marine/NNP/ORGANIZATION Composites/NNP/ORGANIZATION"
                    + " will/MD/O build/VB/O boats/NNS/O ././O")
            .sentence(
                "Larkspur/NNP/CITY 's/POS/O chief/JJ/TITLE executive/NN/TITLE ,/,/O"
                    + " Jane/NNP/PERSON Doe/NNP/PERSON ,/,/O spoke/VBD/O ././O")
            .sentence("Larkspur/NNP/CITY is/VBZ/O owned/VBN/O by/IN/O a/DT/O fund/NN/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of("organization/larkspur-marine-composites", "person/jane-doe"),
        entities.keySet().stream().sorted().toList());
    assertEquals(
        List.of("Larkspur"), entities.get("organization/larkspur-marine-composites").aliases());
  }

  @Test
  void aPlaceAfterInIsNotACompanysShortName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Larkspur/NNP/ORGANIZATION Marine/NNP/ORGANIZATION Composites/NNP/ORGANIZATION"
                    + " opened/VBD/O a/DT/O plant/NN/O in/IN/O Larkspur/NNP/CITY ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of("city/larkspur", "organization/larkspur-marine-composites"),
        entities.keySet().stream().sorted().toList());
  }

  @Test
  void aShortOrganisationNameJoinsItsNameWithAGroupWordButNotAnotherCompany() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Bravo/NNP/ORGANIZATION Cross/NNP/ORGANIZATION Utilities/NNP/ORGANIZATION"
                    + " Group/NNP/ORGANIZATION signed/VBD/O ././O")
            .sentence(
                "Bravo/NNP/ORGANIZATION Cross/NNP/ORGANIZATION Utilities/NNP/ORGANIZATION"
                    + " shares/NNS/O rose/VBD/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION America/NNP/ORGANIZATION"
                    + " Inc./NNP/ORGANIZATION is/VBZ/O a/DT/O unit/NN/O of/IN/O"
                    + " Acme/NNP/ORGANIZATION Foods/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O Norby/NNP/ORGANIZATION Security/NNP/ORGANIZATION unit/NN/O joined/VBD/O"
                    + " the/DT/O Norby/NNP/ORGANIZATION Security/NNP/ORGANIZATION"
                    + " Alliance/NNP/ORGANIZATION ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of(
            "organization/acme-foods",
            "organization/acme-foods-america-inc",
            "organization/bravo-cross-utilities-group",
            "organization/norby-security",
            "organization/norby-security-alliance"),
        entities.keySet().stream().sorted().toList());
  }

  @Test
  void aShortNameThatACompanyBearsWithItsLegalFormIsThatCompanyNotItsSubsidiary() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Zentra/NNP/ORGANIZATION S.A./NNP/ORGANIZATION agreed/VBD/O a/DT/O merger/NN/O"
                    + " ././O")
            .sentence(
                "Zentra/NNP/PERSON 's/POS/O distribution/NN/O arm/NN/O ,/,/O"
                    + " Zentra/NNP/ORGANIZATION Dystra/NNP/ORGANIZATION Sp./NNP/ORGANIZATION"
                    + " z/NNP/ORGANIZATION o.o./NNP/ORGANIZATION ,/,/O is/VBZ/O excluded/VBN/O"
                    + " ././O")
            .sentence("Zentra/NNP/PERSON will/MD/O lead/VB/O ././O")
            .sentence("He/PRP/O joined/VBD/O Zentra/NNP/LOCATION in/IN/O 2021/CD/DATE ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    Entity company = entities.get("organization/zentra-sa");
    assertEquals(EntityType.ORGANIZATION, company.type(), entities.toString());
    assertEquals(List.of("Zentra"), company.aliases());
    assertEquals(List.of(), entities.get("organization/zentra-dystra-sp-z-oo").aliases());
  }
}

package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedDocument;

class EntityResolverTest {

  private static final EntityResolver RESOLVER = new EntityResolver();

  private static Map<String, Entity> byId(ResolvedCorpus corpus) {
    return corpus.entities().stream().collect(Collectors.toMap(Entity::id, e -> e));
  }

  @Test
  void surnameJoinsTheFullNameAndTitlesAreNoEntities() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Foreign/NNP/TITLE Minister/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON visited/VBD/O"
                    + " Chile/NNP/COUNTRY ././O")
            .sentence("Lobo/NNP/PERSON said/VBD/O the/DT/O talks/NNS/O went/VBD/O well/RB/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        List.of("country/chile", "person/ana-lobo"),
        List.copyOf(entities.keySet()).stream().sorted().toList());
    assertEquals("Ana Lobo", entities.get("person/ana-lobo").label());
    assertEquals(List.of("Lobo"), entities.get("person/ana-lobo").aliases());
  }

  @Test
  void aSurnameOfSeveralWordsJoinsTheFullNameAndIdsFoldStrokedLetters() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Minister/NNP/TITLE Władysław/NNP/PERSON Nowak-Łęcki/NNP/PERSON met/VBD/O"
                    + " Ana/NNP/PERSON Maria/NNP/PERSON Lobo/NNP/PERSON ././O")
            .sentence(
                "Nowak-Łęcki/NNP/PERSON and/CC/O Maria/NNP/PERSON Lobo/NNP/PERSON"
                    + " agreed/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        List.of("person/ana-maria-lobo", "person/wladyslaw-nowak-lecki"),
        List.copyOf(entities.keySet()).stream().sorted().toList());
    assertEquals(List.of("Nowak-Łęcki"), entities.get("person/wladyslaw-nowak-lecki").aliases());
  }

  @Test
  void aNameWithoutItsMiddleNamesIsThePersonWithThem() {
    AnnotatedDocument full =
        new DocBuilder("a.txt")
            .sentence(
                "President/NNP/TITLE Jean/NNP/PERSON Paul/NNP/PERSON Arnaud/NNP/PERSON"
                    + " Dubreuil/NNP/PERSON spoke/VBD/O ././O")
            .build();
    AnnotatedDocument shortName =
        new DocBuilder("b.txt")
            .sentence("Jean/NNP/PERSON Dubreuil/NNP/PERSON spoke/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(full, shortName)));

    assertEquals(List.of("person/jean-paul-arnaud-dubreuil"), List.copyOf(entities.keySet()));
    assertEquals(
        List.of("Jean Dubreuil"), entities.get("person/jean-paul-arnaud-dubreuil").aliases());
  }

  @Test
  void twoLongerNamesLeaveAShortNameAlone() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jean/NNP/PERSON Paul/NNP/PERSON Dubreuil/NNP/PERSON met/VBD/O Jean/NNP/PERSON"
                    + " Marc/NNP/PERSON Dubreuil/NNP/PERSON ././O")
            .sentence("Jean/NNP/PERSON Dubreuil/NNP/PERSON spoke/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(3, entities.size());
  }

  @Test
  void theFirstOfTwoFamilyNamesIsThePerson() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Minister/NNP/TITLE Ana/NNP/PERSON Lucía/NNP/PERSON Ibarra/NNP/PERSON"
                    + " Solís/NNP/PERSON arrived/VBD/O ././O")
            .sentence(
                "Ibarra/NNP/PERSON said/VBD/O the/DT/O talks/NNS/O went/VBD/O well/RB/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(List.of("person/ana-lucia-ibarra-solis"), List.copyOf(entities.keySet()));
    assertEquals(List.of("Ibarra"), entities.get("person/ana-lucia-ibarra-solis").aliases());
  }

  @Test
  void aCountrysOfficialNameIsTheCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Republic/NNP/LOCATION of/IN/LOCATION Estonia/NNP/LOCATION and/CC/O"
                    + " Estonia/NNP/COUNTRY and/CC/O the/DT/O Republic/NNP/COUNTRY of/IN/COUNTRY"
                    + " Korea/NNP/COUNTRY met/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        List.of("country/estonia", "country/south-korea"),
        List.copyOf(entities.keySet()).stream().sorted().toList());
  }

  @Test
  void theAgencyOfADatelineIsNoEntity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "LIMA/NNP/CITY ,/,/O May/NNP/DATE 4/CD/DATE (/-LRB-/O Acme/NNP/ORGANIZATION"
                    + " News/NNP/ORGANIZATION )/-RRB-/O -/:/O Peru/NNP/COUNTRY signed/VBD/O"
                    + " a/DT/O deal/NN/O with/IN/O Bolt/NNP/ORGANIZATION (/-LRB-/O"
                    + " Zeta/NNP/ORGANIZATION )/-RRB-/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertFalse(entities.containsKey("organization/acme-news"), entities.keySet()::toString);
    assertTrue(entities.containsKey("country/peru"), entities.keySet()::toString);
  }

  @Test
  void peopleSharingASurnameStaySeparate() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON and/CC/O Rui/NNP/PERSON Lobo/NNP/PERSON met/VBD/O"
                    + " in/IN/O Lima/NNP/CITY ././O")
            .sentence("Lobo/NNP/PERSON spoke/VBD/O first/RB/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertTrue(entities.containsKey("person/ana-lobo"));
    assertTrue(entities.containsKey("person/rui-lobo"));
    assertFalse(entities.get("person/ana-lobo").aliases().contains("Lobo"));
    assertFalse(entities.get("person/rui-lobo").aliases().contains("Lobo"));
  }

  @Test
  void anAcronymAfterANameNerEndedEarlyTakesTheWholeName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Association/NNP/ORGANIZATION Freedonienne/NNP/ORGANIZATION pour/FW/O"
                    + " l'/FW/O Eau/NNP/O et/FW/O la/FW/O Santé/NNP/O (/-LRB-/O AFES/NNP/O"
                    + " )/-RRB-/O trains/VBZ/O staff/NN/O ././O")
            .sentence(
                "The/DT/O Acme/NNP/ORGANIZATION Group/NNP/ORGANIZATION said/VBD/O on/IN/O"
                    + " Monday/NNP/DATE (/-LRB-/O AFP/NNP/O )/-RRB-/O ././O")
            .sentence(
                "The/DT/O Bolt/NNP/ORGANIZATION Works/NNP/ORGANIZATION in/IN/O"
                    + " Lyon/NNP/CITY (/-LRB-/O AFP/NNP/O )/-RRB-/O closed/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    Entity association =
        entities.values().stream()
            .filter(e -> e.label().startsWith("Association Freedonienne pour"))
            .findFirst()
            .orElseThrow();
    assertTrue(association.label().endsWith("Santé"), association.label());
    assertEquals(List.of("AFES"), association.aliases(), entities.toString());
    assertFalse(entities.containsKey("organization/association-freedonienne"));
    assertTrue(entities.containsKey("organization/acme-group"));
    assertTrue(entities.containsKey("organization/bolt-works"));
  }

  @Test
  void anAcronymDefinitionJoinsAndRepairsTheLongName() {
    AnnotatedDocument first =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Coastal/NNP/ORGANIZATION Patrol/NNP/ORGANIZATION and/CC/O Rescue/NNP/O"
                    + " for/IN/O Peru/NNP/COUNTRY (/-LRB-/O CPRP/NNP/O )/-RRB-/O opened/VBD/O"
                    + " ././O")
            .build();
    AnnotatedDocument second =
        new DocBuilder("b.txt")
            .sentence(
                "Officials/NNS/O praised/VBD/O Coastal/NNP/ORGANIZATION Patrol/NNP/ORGANIZATION"
                    + " and/CC/O Rescue/NNP/O for/IN/O Peru/NNP/COUNTRY ././O")
            .sentence("CPRP/NNP/LOCATION grew/VBD/O fast/RB/O ././O")
            .build();

    ResolvedCorpus corpus = RESOLVER.resolve(List.of(first, second));
    Map<String, Entity> entities = byId(corpus);

    Entity organization = entities.get("organization/coastal-patrol-and-rescue-for-peru");
    assertEquals(EntityType.ORGANIZATION, organization.type());
    assertEquals(List.of("CPRP"), organization.aliases());
    long mentions =
        corpus.mentions().stream().filter(m -> m.entityId().equals(organization.id())).count();
    assertEquals(4, mentions);
    assertFalse(
        corpus.mentions().stream().anyMatch(m -> m.text().equals("Coastal Patrol")),
        "the partial NER span is replaced by the whole name");
  }

  @Test
  void aCountryAndItsAlternativeNamesAreOneEntity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("The/DT/O U.S./NNP/COUNTRY agreed/VBD/O ././O")
            .sentence("The/DT/O United/NNP/COUNTRY States/NNP/COUNTRY will/MD/O pay/VB/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(1, entities.size());
    Entity country = entities.get("country/united-states");
    assertEquals("United States", country.label());
    assertEquals(List.of("U.S."), country.aliases());
  }

  @Test
  void demonymsResolveToTheirCountryButAreNeverAliasesOrEntitiesOnTheirOwn() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chilean/JJ/NATIONALITY President/NNP/TITLE Ana/NNP/PERSON Lobo/NNP/PERSON"
                    + " met/VBD/O Peruvian/JJ/NATIONALITY traders/NNS/O ././O")
            .build();

    ResolvedCorpus corpus = RESOLVER.resolve(List.of(doc));
    Map<String, Entity> entities = byId(corpus);

    assertEquals(
        List.of("country/chile", "person/ana-lobo"), entities.keySet().stream().sorted().toList());
    assertEquals(List.of(), entities.get("country/chile").aliases());
    assertTrue(
        corpus.mentions().stream()
            .anyMatch(m -> m.text().equals("Chilean") && m.entityId().equals("country/chile")));
  }

  @Test
  void placesAreTypedFromGeneralListsOverNer() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops/NNS/O from/IN/O Asia/NNP/CITY reached/VBD/O Kosovo/NNP/COUNTRY and/CC/O"
                    + " Quito/NNP/LOCATION ././O")
            .sentence(
                "The/DT/O Indo/NNP/MISC -/HYPH/MISC Pacific/NNP/MISC matters/VBZ/O to/TO/O"
                    + " Soviet/NNP/LOCATION Union/NNP/CITY veterans/NNS/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(EntityType.PLACE, entities.get("place/asia").type());
    assertEquals(EntityType.PLACE, entities.get("place/kosovo").type());
    assertEquals(EntityType.CITY, entities.get("city/quito").type());
    assertEquals(EntityType.PLACE, entities.get("place/indo-pacific").type());
    assertEquals(EntityType.COUNTRY, entities.get("country/soviet-union").type());
  }

  @Test
  void aNameHeadedByAnOrganisationWordBeforeOfOrInIsAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/COUNTRY Mission/NNP/COUNTRY in/IN/COUNTRY Chile/NNP/COUNTRY"
                    + " ended/VBD/O ././O")
            .sentence(
                "The/DT/O Gulf/NNP/LOCATION of/IN/LOCATION Bolt/NNP/LOCATION is/VBZ/O"
                    + " calm/JJ/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        EntityType.ORGANIZATION, entities.get("organization/acme-mission-in-chile").type());
    assertEquals(EntityType.PLACE, entities.get("place/gulf-of-bolt").type());
  }

  @Test
  void bylinesHeadingsAndCommonWordsMakeNoEntities() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("By/IN/O ANA/NNP/PERSON LOBO/NNP/PERSON")
            .sentence(
                "Chile/NNP/COUNTRY Opens/VBZ/O Acme/NNP/ORGANIZATION Chile/NNP/ORGANIZATION"
                    + " Plant/NNP/ORGANIZATION Amid/NNP/O Rising/NNP/O Tensions/NNP/O")
            .sentence(
                "Chile/NNP/COUNTRY sent/VBD/O its/PRP$/O Air/NNP/ORGANIZATION units/NNS/O by/IN/O"
                    + " air/NN/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(List.of("country/chile"), List.copyOf(entities.keySet()));
  }

  @Test
  void organisationNamesDifferingByANationWordAreOneEntity() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norway/NNP/ORGANIZATION Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION"
                    + " left/VBD/O ././O")
            .sentence(
                "The/DT/O Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION (/-LRB-/O NCG/NNP/O"
                    + " )/-RRB-/O returned/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(1, entities.size(), entities.toString());
    Entity guard = entities.values().iterator().next();
    assertEquals("Norway Coast Guard", guard.label());
    assertEquals(List.of("Coast Guard", "NCG"), guard.aliases());
  }

  @Test
  void aNationWordAndAFinalOfCountryNameOneBodyEvenWhenOtherNationsShareTheName() {
    AnnotatedDocument finnish =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Finnish/JJ/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Defence/NNP/ORGANIZATION paid/VBD/O ././O")
            .sentence(
                "Acme/NNP/ORGANIZATION signed/VBD/O with/IN/O the/DT/O Ministry/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Defence/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Finland/NNP/ORGANIZATION ././O")
            .build();
    AnnotatedDocument estonian =
        new DocBuilder("b.txt")
            .sentence(
                "The/DT/O Estonian/JJ/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION"
                    + " Defence/NNP/ORGANIZATION agreed/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(finnish, estonian)));

    Entity finland = entities.get("organization/ministry-of-defence-of-finland");
    assertEquals(List.of("Finnish Ministry of Defence"), finland.aliases(), entities.toString());
    assertEquals(
        "Estonian Ministry of Defence",
        entities.get("organization/estonian-ministry-of-defence").label());
  }

  @Test
  void aNationalBodyHeadedBySomeoneIsAnOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ana/NNP/PERSON Lobo/NNP/PERSON ,/,/O chief/NN/O of/IN/O the/DT/O"
                    + " Italian/JJ/NATIONALITY navy/NN/O ,/,/O spoke/VBD/O ././O")
            .sentence("The/DT/O Italian/JJ/NATIONALITY army/NN/O stayed/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(EntityType.ORGANIZATION, entities.get("organization/italian-navy").type());
    assertFalse(entities.containsKey("organization/italian-army"));
  }

  @Test
  void theResultDoesNotDependOnDocumentOrder() {
    AnnotatedDocument first =
        new DocBuilder("a.txt")
            .sentence("Ana/NNP/PERSON Lobo/NNP/PERSON visited/VBD/O Lima/NNP/CITY ././O")
            .build();
    AnnotatedDocument second =
        new DocBuilder("b.txt")
            .sentence("Lobo/NNP/PERSON left/VBD/O Peru/NNP/COUNTRY ././O")
            .build();

    assertEquals(
        RESOLVER.resolve(List.of(first, second)), RESOLVER.resolve(List.of(second, first)));
  }

  @Test
  void anAcronymBeforeTheOrganisationItAbbreviatesInAppositionIsThatOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION is/VBZ/O a/DT/O member/NN/O of/IN/O FREDTANKO/NNP/O ,/,/O"
                    + " the/DT/O Freedonian/NNP/ORGANIZATION Industries/NNPS/ORGANIZATION"
                    + " Federation/NNP/ORGANIZATION ././O")
            .sentence(
                "Trade/NN/O bodies/NNS/O include/VBP/O ABC/NNP/ORGANIZATION ,/,/O the/DT/O"
                    + " Lyon/NNP/ORGANIZATION Chamber/NNP/ORGANIZATION ,/,/O and/CC/O"
                    + " the/DT/O Bravo/NNP/ORGANIZATION League/NNP/ORGANIZATION ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        List.of("FREDTANKO"),
        entities.get("organization/freedonian-industries-federation").aliases());
    assertFalse(entities.containsKey("organization/fredtanko"));
    assertTrue(
        entities.containsKey("organization/abc"), "a list item is no apposition: " + entities);
    assertTrue(entities.get("organization/lyon-chamber").aliases().isEmpty());
  }

  @Test
  void anAcronymSpellingTheEndOfAnOrganisationNameTakesTheWholeName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Funds/NNS/O come/VBP/O from/IN/O the/DT/O Freedonian/NNP/ORGANIZATION"
                    + " Research/NNP/ORGANIZATION Executive/NNP/ORGANIZATION"
                    + " Agency/NNP/ORGANIZATION (/-LRB-/O REA/NNP/O )/-RRB-/O ././O")
            .sentence("REA/NNP/ORGANIZATION said/VBD/O so/RB/O ././O")
            .build();

    Map<String, Entity> entities = byId(RESOLVER.resolve(List.of(doc)));

    assertEquals(
        List.of("organization/freedonian-research-executive-agency"),
        entities.keySet().stream().sorted().toList());
    assertEquals(
        List.of("REA"),
        entities.get("organization/freedonian-research-executive-agency").aliases());
  }
}

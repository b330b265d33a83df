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
  void capitalisedWordsEndingInAnOrganisationWordAreOneOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ghana/NNP/COUNTRY and/CC/O Togo/NNP/COUNTRY are/VBP/O members/NNS/O of/IN/O"
                    + " the/DT/O West/NNP/MISC Coastal/NNP/NATIONALITY Community/NNP/MISC ././O")
            .sentence(
                "The/DT/O Gulf/NNP/LOCATION Maritime/NNP/O Council/NNP/O met/VBD/O in/IN/O"
                    + " Accra/NNP/CITY ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        EntityType.ORGANIZATION, entities.get("organization/west-coastal-community").type());
    assertEquals(
        EntityType.ORGANIZATION, entities.get("organization/gulf-maritime-council").type());
    assertFalse(entities.containsKey("place/gulf"));
  }

  @Test
  void programmesInitiativesAndNetworksNerMistypesAreOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Chile/NNP/COUNTRY joined/VBD/O the/DT/O Pacific/NNP/LOCATION Clean/NNP/LOCATION"
                    + " Ocean/NNP/LOCATION Initiative/NNP/LOCATION ././O")
            .sentence(
                "Peru/NNP/COUNTRY joined/VBD/O the/DT/O Clean/JJ/O Seas/NNPS/O"
                    + " Programme/NNP/O and/CC/O the/DT/O Andean/NNP/MISC Fire/NNP/MISC"
                    + " Network/NNP/MISC ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        EntityType.ORGANIZATION,
        entities.get("organization/pacific-clean-ocean-initiative").type());
    assertEquals(EntityType.ORGANIZATION, entities.get("organization/clean-seas-programme").type());
    assertEquals(EntityType.ORGANIZATION, entities.get("organization/andean-fire-network").type());
  }

  @Test
  void theTailOfANameAfterAndIsNoOrganisationOfItsOwn() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION backs/VBZ/O the/DT/O Oil/NNP/O and/CC/O Gas/NNP/O"
                    + " Climate/NNP/O Initiative/NNP/O ././O")
            .build();

    assertFalse(byId(doc).containsKey("organization/gas-climate-initiative"));
  }

  @Test
  void anUntaggedNameDescribedAsAnOrganisationIsOne() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Both/DT/O countries/NNS/O joined/VBD/O Andino/NNP/O ,/,/O the/DT/O"
                    + " South/NNP/MISC American/JJ/NATIONALITY trade/NN/O bloc/NN/O"
                    + " based/VBN/O in/IN/O Lima/NNP/CITY ././O")
            .sentence(
                "They/PRP/O sailed/VBD/O to/TO/O Bravo/NNP/O ,/,/O the/DT/O"
                    + " small/JJ/O fishing/NN/O town/NN/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(EntityType.ORGANIZATION, entities.get("organization/andino").type());
    // a town is no organisation (it is a city: SettlementCuesTest)
    assertTrue(entities.keySet().stream().noneMatch(id -> id.equals("organization/bravo")));
  }

  @Test
  void untaggedProperNounsDescribedAsAnOrganisationAreOne() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Transit/NNP/ORGANIZATION is/VBZ/O a/DT/O subsidiary/NN/O"
                    + " of/IN/O Norby/NNP/O Mobilité/NNP/O ,/,/O a/DT/O Lyon/NNP/CITY -/HYPH/O"
                    + " based/VBN/O group/NN/O that/WDT/O runs/VBZ/O buses/NNS/O ././O")
            .sentence(
                "It/PRP/O joined/VBD/O Joint/NNP/O Norby/NNP/O Cooperation/NNP/O ,/,/O the/DT/O"
                    + " Freedonian/NNP/O Union/NNP/O 's/POS/O framework/NN/O for/IN/O"
                    + " projects/NNS/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        EntityType.ORGANIZATION,
        entities.get("organization/norby-mobilite").type(),
        entities.toString());
    assertTrue(
        !entities.containsKey("organization/joint-norby-cooperation"),
        "the union owns the framework the apposition names");
  }

  @Test
  void aCentreOrMuseumIsAnOrganisationUnlessItIsASite() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Acme/NNP/O Regional/NNP/O Centre/NNP/O in/IN/O Lyon/NNP/CITY"
                    + " and/CC/O the/DT/O Norby/NNP/LOCATION Coast/NNP/LOCATION Museum/NNP/O"
                    + " signed/VBD/O ././O")
            .sentence(
                "It/PRP/O launched/VBD/O from/IN/O the/DT/O Zeta/NNP/LOCATION Space/NNP/LOCATION"
                    + " Centre/NNP/LOCATION ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        EntityType.ORGANIZATION,
        entities.get("organization/acme-regional-centre").type(),
        entities.toString());
    assertEquals(EntityType.ORGANIZATION, entities.get("organization/norby-coast-museum").type());
    assertEquals(EntityType.PLACE, entities.get("place/zeta-space-centre").type());
  }

  @Test
  void aHeadingIsNotSearchedForOrganisationNames() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("Ministers/NNS/O Praise/NNP/O New/NNP/O Trade/NNP/O Union/NNP/O")
            .sentence("Officials/NNS/O met/VBD/O in/IN/O Accra/NNP/CITY ././O")
            .build();

    assertTrue(byId(doc).keySet().stream().noneMatch(id -> id.startsWith("organization/")));
  }

  @Test
  void aNationalityBeforeAGeographicFeatureIsOnePlaceName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Ships/NNS/O crossed/VBD/O the/DT/O Arabian/JJ/NATIONALITY Sea/NNP/LOCATION"
                    + " and/CC/O the/DT/O Ukrainian/JJ/NATIONALITY Donbas/NNP/LOCATION"
                    + " saw/VBD/O fighting/NN/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(entities.containsKey("place/arabian-sea"), entities.keySet()::toString);
    assertTrue(entities.containsKey("place/donbas"), entities.keySet()::toString);
    assertFalse(entities.containsKey("place/sea"));
  }

  @Test
  void aCompanysNamesTaggedAsPersonsStayWithTheCompany() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION S.p.A./NNP/ORGANIZATION and/CC/O"
                    + " Acme/NNP/ORGANIZATION Labs/NNP/ORGANIZATION Ltd/NNP/ORGANIZATION"
                    + " grew/VBD/O ././O")
            .sentence("About/IN/O Acme/NNP/PERSON Tools/NNP/PERSON")
            .sentence("Acme/NNP/PERSON Labs/NNP/PERSON hired/VBD/O staff/NN/O ././O")
            .sentence("Acme/NNP/PERSON signed/VBD/O a/DT/O deal/NN/O ././O")
            .sentence("Acme/NNP/ORGANIZATION Tools/NNP/ORGANIZATION grew/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(
        entities.keySet().stream().noneMatch(id -> id.startsWith("person/")), entities::toString);
    assertEquals(EntityType.ORGANIZATION, entities.get("organization/acme-tools-spa").type());
    assertTrue(entities.get("organization/acme-tools-spa").aliases().contains("Acme"));
  }

  @Test
  void aCountrysNameOfSeveralWordsTaggedAsAPersonIsTheCountry() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Mali/NNP/COUNTRY ,/,/O Costa/NNP/PERSON Rica/NNP/PERSON and/CC/O"
                    + " Jordan/NNP/PERSON Smith/NNP/PERSON left/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(EntityType.COUNTRY, entities.get("country/costa-rica").type());
    assertEquals(EntityType.PERSON, entities.get("person/jordan-smith").type());
  }

  @Test
  void aNamedBaseIsAPlace() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Jets/NNS/O flew/VBD/O from/IN/O Norden/NNP/ORGANIZATION Air/NNP/ORGANIZATION"
                    + " Base/NNP/ORGANIZATION ././O")
            .sentence(
                "The/DT/O assembly/NN/O sits/VBZ/O at/IN/O the/DT/O Quarn/NNP/ORGANIZATION"
                    + " Palace/NNP/ORGANIZATION ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(EntityType.PLACE, entities.get("place/norden-air-base").type());
    assertEquals(EntityType.PLACE, entities.get("place/quarn-palace").type());
  }

  @Test
  void missionsAndForcesAreOrganisationsAndAMissionIsOneWithItsShortName() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "Troops/NNS/O joined/VBD/O the/DT/O Freedonian/JJ/MISC -/HYPH/MISC led/VBN/MISC"
                    + " Operation/NN/MISC Silent/JJ/MISC Harbour/VB/MISC in/IN/O 2024/CD/DATE"
                    + " ././O")
            .sentence(
                "Silent/NNP/ORGANIZATION Harbour/NNP/ORGANIZATION ended/VBD/O ,/,/O and/CC/O"
                    + " the/DT/O Norland/NNP/NATIONALITY Airborne/NNP/O Forces/NNPS/O left/VBD/O"
                    + " ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        EntityType.ORGANIZATION, entities.get("organization/operation-silent-harbour").type());
    assertTrue(
        entities.get("organization/operation-silent-harbour").aliases().contains("Silent Harbour"));
    assertEquals(
        EntityType.ORGANIZATION, entities.get("organization/norland-airborne-forces").type());
  }

  @Test
  void aNameInAnotherLanguageInBracketsIsAnotherNameOfTheOrganisation() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Norland/NNP/ORGANIZATION Defence/NNP/ORGANIZATION"
                    + " Forces/NNPS/ORGANIZATION (/-LRB-/O Norlandic/NNP/NATIONALITY :/:/O"
                    + " Norra/NNP/PERSON Vaegi/NNP/PERSON )/-RRB-/O grew/VBD/O ././O")
            .sentence("Norra/NNP/PERSON Vaegi/NNP/PERSON grew/VBD/O again/RB/O ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(List.of("organization/norland-defence-forces"), List.copyOf(entities.keySet()));
    assertTrue(
        entities.get("organization/norland-defence-forces").aliases().contains("Norra Vaegi"));
  }

  @Test
  void anUnqualifiedNameJoinsTheOneQualifiedNameOfItsOwnDocument() {
    AnnotatedDocument first =
        new DocBuilder("a.txt")
            .sentence(
                "The/DT/O Chilean/JJ/ORGANIZATION Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION"
                    + " grew/VBD/O ././O")
            .sentence("The/DT/O Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION sailed/VBD/O ././O")
            .build();
    AnnotatedDocument second =
        new DocBuilder("b.txt")
            .sentence(
                "The/DT/O Peruvian/JJ/ORGANIZATION Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION"
                    + " grew/VBD/O ././O")
            .sentence("The/DT/O Coast/NNP/ORGANIZATION Guard/NNP/ORGANIZATION sailed/VBD/O ././O")
            .build();

    Map<String, Entity> entities = byId(first, second);

    assertEquals(
        List.of("organization/chilean-coast-guard", "organization/peruvian-coast-guard"),
        entities.keySet().stream().filter(id -> id.startsWith("organization/")).sorted().toList());
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

  @Test
  void anOwnerAndItsUnitJoinedByAPossessiveAreTwoOrganisations() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence(
                "She/PRP/O works/VBZ/O at/IN/O the/DT/O University/NNP/ORGANIZATION"
                    + " of/IN/ORGANIZATION Freedonia/NNP/ORGANIZATION 's/POS/ORGANIZATION"
                    + " Centre/NNP/ORGANIZATION for/IN/ORGANIZATION Soil/NNP/ORGANIZATION"
                    + " Research/NNP/ORGANIZATION and/CC/O the/DT/O Freedonian/NNP/ORGANIZATION"
                    + " People/NNP/ORGANIZATION 's/POS/ORGANIZATION Party/NNP/ORGANIZATION"
                    + " Youth/NNP/ORGANIZATION ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertEquals(
        List.of(
            "organization/centre-for-soil-research",
            "organization/freedonian-people-s-party-youth", // DocBuilder spaces "s"
            "organization/university-of-freedonia"),
        entities.keySet().stream().sorted().toList());
  }

  @Test
  void aCountryOrANameWrittenAloneOwnsTheUnitAfterItsPossessive() {
    AnnotatedDocument doc =
        new DocBuilder("a.txt")
            .sentence("NIRA/NNP/ORGANIZATION opened/VBD/O a/DT/O laboratory/NN/O ././O")
            .sentence(
                "She/PRP/O reports/VBZ/O to/IN/O NIRA/NNP/ORGANIZATION 's/POS/ORGANIZATION"
                    + " Directorate/NN/ORGANIZATION of/IN/ORGANIZATION Tests/NNP/ORGANIZATION"
                    + " and/CC/O to/IN/O Chile/NNP/ORGANIZATION 's/POS/ORGANIZATION"
                    + " Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Health/NNP/ORGANIZATION"
                    + " ././O")
            .sentence(
                "Its/PRP$/ORGANIZATION Institute/NNP/ORGANIZATION for/IN/ORGANIZATION"
                    + " Soils/NNP/ORGANIZATION grew/VBD/O ,/,/O as/IN/O did/VBD/O the/DT/O"
                    + " Norland/NNP/ORGANIZATION Workers/NNP/ORGANIZATION 's/POS/ORGANIZATION"
                    + " Trade/NNP/ORGANIZATION Union/NNP/ORGANIZATION ././O")
            .build();

    Map<String, Entity> entities = byId(doc);

    assertTrue(
        entities.containsKey("organization/directorate-of-tests"), entities.keySet().toString());
    assertTrue(entities.containsKey("organization/ministry-of-health"));
    assertEquals(EntityType.COUNTRY, entities.get("country/chile").type());
    assertTrue(entities.containsKey("organization/institute-for-soils"));
    assertTrue(entities.containsKey("organization/norland-workers-s-trade-union"));
  }
}

package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;
import org.newsgraph.resolve.SettlementNames;

/**
 * Names that count once, surnames that need their given name, places whose short name needs a
 * geographic word, cities that share their name with their region, and titles written as Wikipedia
 * writes them now; over an invented dictionary written by the test (real GeoNames towns where the
 * rule needs one).
 */
class CurrentLinkingTest {

  private static final String DICTIONARY =
      String.join(
          "\n",
          "Concord\tConcord_of_Realms\t0.6",
          "the Concord\tConcord_of_Realms\t0.5",
          "The Concord\tConcord_of_Realms\t0.95",
          "van Oster\tPiet_van_Oster\t0.9",
          "Marl\tMarl_Sea\t0.6",
          "Marl Valley\tMarl_Valley_Council\t0.6",
          "Elmshire\tElmshire\t0.8",
          "Elmshire City\tElmshire_City\t0.99",
          "Elmshire (state)\tElmshire\t1.0",
          "Dorland\tDorland\t0.95",
          "Dorland City\tDorland_City\t0.9",
          "Ostvar\tOstvar\t0.9",
          "Ostvar (province)\tOstvar\t1.0",
          "Ostvar (city)\tOstvar_Town\t1.0",
          "Harwick\tHarwick,_Elmshire\t0.9",
          "Gatton\tGatton,_Elmshire\t0.45",
          "Harmony Party\tHarmony_Party_(France)\t0.8",
          "France\tFrance\t0.99",
          "Portugal\tPortugal\t0.99",
          "Constanţa\tConstanţa\t1.0",
          "Eskişehir\tEskişehir\t1.0",
          "Brackton\tBrackton\t0.6",
          "Norvale\tNorvale\t0.6",
          "Norvale (state)\tNorvale\t1.0",
          "");

  @TempDir Path dir;

  private WikipediaLinker linker;

  @BeforeEach
  void writeDictionary() throws IOException {
    Path file = dir.resolve("dict.tab.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
    }
    linker =
        new WikipediaLinker(
            LinkSettings.defaults(), dir.resolve("cache"), WikiDictionary.fromFile(file, "test"));
  }

  @Test
  void aNameWithAndWithoutTheVotesOnce() {
    assertEquals("concord", LinkDecider.sameNameKey("the Concord"));
    assertEquals("concord", LinkDecider.sameNameKey("Concord"));
    assertEquals("theodor", LinkDecider.sameNameKey("Theodor"));
    // 0.6 and 0.5 are one name: not 1 - 0.4 * 0.5 = 0.8
    assertEquals(
        Optional.empty(), titles(entity(EntityType.ORGANIZATION, "Concord", "the Concord")).get(0));
    // the dictionary's own, surer line for one of its forms still links
    assertEquals(
        Optional.of("Concord_of_Realms"),
        titles(entity(EntityType.ORGANIZATION, "The Concord")).get(0));
  }

  @Test
  void aSurnameNeedsTheGivenNameInItsArticle() {
    assertTrue(LinkDecider.fitsLongerNames("Vardemar", "Ilse_Vardemar", List.of("Ilse Vardemar")));
    assertFalse(LinkDecider.fitsLongerNames("Vardemar", "Vardemar", List.of("Ilse Vardemar")));
    assertTrue(LinkDecider.fitsLongerNames("Vardemar", "Vardemar", List.of("Vardemar")));
    // a namesake's article is refused; the person's own is kept
    assertEquals(
        Optional.empty(), titles(entity(EntityType.PERSON, "Anke van Oster", "van Oster")).get(0));
    assertEquals(
        Optional.of("Piet_van_Oster"),
        titles(entity(EntityType.PERSON, "Piet van Oster", "van Oster")).get(0));
  }

  @Test
  void aPlacesShortNameNeedsOneGeographicWordForTheLowerThreshold() {
    assertEquals("sea", LinkDecider.lastWordAfter("Marl", "Marl_Sea"));
    assertEquals("", LinkDecider.lastWordAfter("Concord", "Concord_of_Realms"));
    PlaceWords words = PlaceWords.loadDefault();
    assertTrue(words.isFeatureWord("Sea"));
    assertTrue(words.isFeatureWord("province"));
    assertFalse(words.isFeatureWord("council"));
    assertEquals(Optional.of("Marl_Sea"), titles(entity(EntityType.PLACE, "Marl")).get(0));
    assertEquals(Optional.empty(), titles(entity(EntityType.PLACE, "Marl Valley")).get(0));
    assertEquals(Optional.empty(), titles(entity(EntityType.PLACE, "Concord")).get(0));
  }

  @Test
  void aCityThatSharesItsRegionsNameTakesTheCitysArticle() {
    // the dictionary says "Elmshire" is a state's article; "Elmshire City" is the city's
    assertEquals(Optional.of("Elmshire_City"), titles(entity(EntityType.PLACE, "Elmshire")).get(0));
    assertEquals(Optional.of("Elmshire_City"), titles(entity(EntityType.CITY, "Elmshire")).get(0));
    assertEquals(Optional.of("Ostvar_Town"), titles(entity(EntityType.CITY, "Ostvar")).get(0));
    // an article the dictionary does not call a region's is kept, though "Name City" exists
    assertEquals(Optional.of("Dorland"), titles(entity(EntityType.CITY, "Dorland")).get(0));
    // a country keeps its article
    assertEquals(Optional.of("Elmshire"), titles(entity(EntityType.COUNTRY, "Elmshire")).get(0));
  }

  @Test
  void aStoryWithTownsOfTheRegionKeepsTheRegion() {
    Entity region = entity(EntityType.PLACE, "Elmshire");
    Entity town = entity(EntityType.CITY, "Harwick");
    List<ResolvedMention> mentions =
        List.of(mention(region, "d1", 0, 0, 8), mention(town, "d1", 2, 100, 107));
    ResolvedCorpus out = linker.link(new ResolvedCorpus(List.of(region, town), mentions));
    assertEquals(Optional.of("Elmshire"), out.entities().get(0).wikipediaTitle());
  }

  @Test
  void aTownThatIsTheMainMeaningOfItsNameHasItsBareTitle() {
    CurrentTitles rules = new CurrentTitles(Set.of("Ohio"), Set.of(), SettlementNames.bundled());
    Map<String, List<LinkCandidate>> candidates =
        Map.of(
            "Perth", List.of(new LinkCandidate("Perth,_Western_Australia", 0.74)),
            "Akron", List.of(new LinkCandidate("Akron,_Ohio", 0.9)),
            "Darwin", List.of(new LinkCandidate("Darwin,_Northern_Territory", 0.37)));
    assertEquals("Perth", rules.bareTown("Perth,_Western_Australia", List.of("Perth"), candidates));
    // the convention of the region keeps the comma
    assertEquals("Akron,_Ohio", rules.bareTown("Akron,_Ohio", List.of("Akron"), candidates));
    // a town that shares its name with others more often meant keeps it too
    assertEquals(
        "Darwin,_Northern_Territory",
        rules.bareTown("Darwin,_Northern_Territory", List.of("Darwin"), candidates));
    // the default list has the regions of the United States, Canada and Japan
    CurrentTitles defaults = CurrentTitles.loadDefault();
    assertEquals("Akron,_Ohio", defaults.bareTown("Akron,_Ohio", List.of("Akron"), candidates));
    // not for a made-up town that GeoNames does not know
    assertEquals(
        Optional.of("Harwick,_Elmshire"), titles(entity(EntityType.CITY, "Harwick")).get(0));
  }

  @Test
  void aCityWhoseArticleIsNoRegionsNeedsLessProbability() {
    // neither is a GeoNames town; the dictionary shows Norvale's article to be a state's
    assertEquals(Optional.of("Brackton"), titles(entity(EntityType.CITY, "Brackton")).get(0));
    assertEquals(Optional.empty(), titles(entity(EntityType.CITY, "Norvale")).get(0));
    // only for a city
    assertEquals(Optional.empty(), titles(entity(EntityType.PLACE, "Brackton")).get(0));
  }

  @Test
  void aUsDatelineCityHasItsBareTitle() {
    Map<String, List<LinkCandidate>> candidates =
        Map.of(
            "Baltimore", List.of(new LinkCandidate("Baltimore,_Maryland", 0.89)),
            "Akron", List.of(new LinkCandidate("Akron,_Ohio", 0.9)),
            "Phoenix", List.of(new LinkCandidate("Phoenix,_Arizona", 0.47)));
    CurrentTitles rules =
        new CurrentTitles(
            Set.of("Maryland", "Ohio", "Arizona"),
            Set.of("Baltimore", "Phoenix"),
            SettlementNames.bundled());
    assertEquals(
        "Baltimore", rules.bareTown("Baltimore,_Maryland", List.of("Baltimore"), candidates));
    // a town of the region that the list does not name keeps the comma
    assertEquals("Akron,_Ohio", rules.bareTown("Akron,_Ohio", List.of("Akron"), candidates));
    // a listed city that is not the main meaning of its name keeps it too
    assertEquals(
        "Phoenix,_Arizona", rules.bareTown("Phoenix,_Arizona", List.of("Phoenix"), candidates));
    // the bundled list is the AP Stylebook's
    assertEquals(
        "Baltimore",
        CurrentTitles.loadDefault()
            .bareTown("Baltimore,_Maryland", List.of("Baltimore"), candidates));
  }

  @Test
  void aBodyTitledWithACountryNeedsThatCountryAmongTheStorysCountries() {
    Entity party = entity(EntityType.ORGANIZATION, "Harmony Party");
    Entity portugal = entity(EntityType.COUNTRY, "Portugal");
    Entity france = entity(EntityType.COUNTRY, "France");
    List<ResolvedMention> elsewhere =
        List.of(mention(party, "d1", 0, 0, 13), mention(portugal, "d1", 3, 200, 208));
    ResolvedCorpus out = linker.link(new ResolvedCorpus(List.of(party, portugal), elsewhere));
    assertEquals(Optional.empty(), out.entities().get(0).wikipediaTitle());
    List<ResolvedMention> there =
        List.of(
            mention(party, "d1", 0, 0, 13),
            mention(portugal, "d1", 3, 200, 208),
            mention(france, "d1", 4, 300, 306));
    out = linker.link(new ResolvedCorpus(List.of(party, portugal, france), there));
    assertEquals(Optional.of("Harmony_Party_(France)"), out.entities().get(0).wikipediaTitle());
    // no country named: nothing disagrees
    assertEquals(Optional.of("Harmony_Party_(France)"), titles(party).get(0));
  }

  @Test
  void romanianTitlesTakeTheCommaBelow() {
    assertEquals("Constanța", CurrentTitles.romanianCommas("Constanţa", List.of("Constanta")));
    assertEquals("Iași", CurrentTitles.romanianCommas("Iaşi", List.of("Iași")));
    assertEquals("Iaşi", CurrentTitles.romanianCommas("Iaşi", List.of("Iasi")));
    assertEquals(Optional.of("Constanța"), titles(entity(EntityType.CITY, "Constanţa")).get(0));
    // a Turkish title keeps its cedilla
    assertEquals(Optional.of("Eskişehir"), titles(entity(EntityType.CITY, "Eskişehir")).get(0));
  }

  private List<Optional<String>> titles(Entity... entities) {
    ResolvedCorpus out = linker.link(new ResolvedCorpus(Arrays.asList(entities), List.of()));
    return out.entities().stream().map(Entity::wikipediaTitle).toList();
  }

  private static ResolvedMention mention(
      Entity entity, String doc, int sentence, int begin, int end) {
    return new ResolvedMention(entity.id(), doc, sentence, begin, end, entity.label());
  }

  private static Entity entity(EntityType type, String label, String... aliases) {
    String id =
        type.name().toLowerCase(Locale.ROOT)
            + "/"
            + label.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
    return new Entity(id, type, label, List.of(aliases), Optional.empty());
  }
}

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
 * A town told apart from its namesakes by the regions its stories name ({@link RegionContext}):
 * "Town, Region" is looked up, over an invented dictionary written by the test.
 */
class RegionLinkingTest {

  private static final String DICTIONARY =
      String.join(
          "\n",
          "Elmshire\tElmshire\t0.95",
          "Dorland\tDorland\t0.95",
          "Harwick\tHarwick,_Dorland\t0.45",
          "Harwick, Elmshire\tHarwick,_Elmshire\t1.0",
          "Harwick, Dorland\tHarwick,_Dorland\t1.0",
          "Norbridge\tNorbridge\t0.9",
          "Norbridge, Elmshire\tNorbridge,_Elmshire\t1.0",
          "Calder\tCalder,_Dorland\t0.4",
          "Calder, Elmshire\tElmshire\t0.8",
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
  void aDoubtfulTownTakesTheArticleOfItsNameWithARegionOfItsSentence() {
    Entity town = entity(EntityType.CITY, "Harwick");
    Entity region = entity(EntityType.PLACE, "Elmshire");
    assertEquals(Optional.empty(), titles(List.of(), town).get(0));
    // "in Harwick, in northern Elmshire"
    List<ResolvedMention> mentions =
        List.of(mention(town, "d1", 0, 10, 17), mention(region, "d1", 0, 31, 39));
    assertEquals(Optional.of("Harwick,_Elmshire"), titles(mentions, town, region).get(0));
  }

  @Test
  void aRegionOfAnotherSentenceOrStoryDoesNotCount() {
    Entity town = entity(EntityType.CITY, "Harwick");
    Entity region = entity(EntityType.PLACE, "Elmshire");
    List<ResolvedMention> otherStory =
        List.of(mention(town, "d1", 0, 10, 17), mention(region, "d2", 0, 10, 18));
    assertEquals(Optional.empty(), titles(otherStory, town, region).get(0));
    List<ResolvedMention> otherSentence =
        List.of(mention(town, "d1", 0, 10, 17), mention(region, "d1", 3, 300, 308));
    assertEquals(Optional.empty(), titles(otherSentence, town, region).get(0));
  }

  @Test
  void twoRegionsThatGiveTwoTownsGiveNone() {
    Entity town = entity(EntityType.CITY, "Harwick");
    Entity elmshire = entity(EntityType.PLACE, "Elmshire");
    Entity dorland = entity(EntityType.COUNTRY, "Dorland");
    List<ResolvedMention> mentions =
        List.of(
            mention(town, "d1", 0, 10, 17),
            mention(elmshire, "d1", 0, 30, 38),
            mention(dorland, "d1", 0, 50, 57));
    assertEquals(Optional.empty(), titles(mentions, town, elmshire, dorland).get(0));
  }

  @Test
  void aRegionWrittenRightAfterTheTownReplacesTheArticleOfItsName() {
    Entity town = entity(EntityType.CITY, "Norbridge");
    Entity region = entity(EntityType.PLACE, "Elmshire");
    // "Norbridge, Elmshire"
    List<ResolvedMention> written =
        List.of(mention(town, "d1", 0, 10, 19), mention(region, "d1", 0, 21, 29));
    assertEquals(Optional.of("Norbridge,_Elmshire"), titles(written, town, region).get(0));
    // the region elsewhere in the story does not overrule the name's own article
    List<ResolvedMention> apart =
        List.of(mention(town, "d1", 0, 10, 19), mention(region, "d1", 2, 121, 129));
    assertEquals(Optional.of("Norbridge"), titles(apart, town, region).get(0));
  }

  @Test
  void aKeyThatLeadsToTheRegionsOwnArticleGivesNothing() {
    Entity town = entity(EntityType.CITY, "Calder");
    Entity region = entity(EntityType.PLACE, "Elmshire");
    List<ResolvedMention> mentions =
        List.of(mention(town, "d1", 0, 10, 16), mention(region, "d1", 0, 18, 26));
    assertEquals(Optional.empty(), titles(mentions, town, region).get(0));
  }

  @Test
  void aTownTitleStartsWithTheTownsName() {
    SettlementNames towns = SettlementNames.bundled();
    assertTrue(isTownTitle(EntityType.CITY, "Harwick,_Elmshire", "Harwick", towns));
    assertFalse(isTownTitle(EntityType.CITY, "Elmshire", "Calder", towns));
    assertFalse(isTownTitle(EntityType.CITY, "East_Harwick", "Harwick", towns));
    // a city's bare title needs a town of that name in GeoNames ("Washington" is a state's)
    assertTrue(isTownTitle(EntityType.CITY, "Zaragoza", "Zaragoza", towns));
    assertFalse(isTownTitle(EntityType.CITY, "Washington", "Washington", towns));
    assertTrue(isTownTitle(EntityType.PLACE, "Elmshire", "Elmshire", towns));
  }

  @Test
  void onlyCitiesAndPlacesGetRegions() {
    Entity body = entity(EntityType.ORGANIZATION, "Harwick Council");
    Entity region = entity(EntityType.PLACE, "Elmshire");
    List<ResolvedMention> mentions =
        List.of(mention(body, "d1", 0, 10, 25), mention(region, "d1", 0, 27, 35));
    RegionContext context =
        RegionContext.of(
            List.of(body, region),
            mentions,
            Map.of(body.id(), List.of("Harwick Council"), region.id(), List.of("Elmshire")));
    assertEquals(List.of(), context.namesWithRegions(body, List.of("Harwick Council")));
  }

  private static boolean isTownTitle(
      EntityType type, String title, String name, SettlementNames towns) {
    return RegionContext.isTownTitle(type, title, List.of(name), towns);
  }

  private List<Optional<String>> titles(List<ResolvedMention> mentions, Entity... entities) {
    ResolvedCorpus out = linker.link(new ResolvedCorpus(Arrays.asList(entities), mentions));
    return out.entities().stream().map(Entity::wikipediaTitle).toList();
  }

  private static ResolvedMention mention(
      Entity entity, String doc, int sentence, int begin, int end) {
    return new ResolvedMention(entity.id(), doc, sentence, begin, end, entity.label());
  }

  private static Entity entity(EntityType type, String label) {
    String id =
        type.name().toLowerCase(Locale.ROOT)
            + "/"
            + label.toLowerCase(Locale.ROOT).replaceAll("\\W+", "-");
    return new Entity(id, type, label, List.of(), Optional.empty());
  }
}

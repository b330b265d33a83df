package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/**
 * A doubtful article confirmed by the places its story names ({@link NamedPlaces}), and names in
 * capitals looked up in title case ({@link SurfaceForms#lookupKeys}), over an invented dictionary
 * written by the test.
 */
class StoryPlacesLinkingTest {

  private static final String DICTIONARY =
      String.join(
          "\n",
          "Veridia\tVeridia\t0.95",
          "Ostland\tOstland\t0.95",
          "Carrow\tCarrow\t0.9",
          "Guinea\tGuinea\t0.9",
          "Harbour Ministry\tHarbour_Ministry_(Veridia)\t0.45",
          "Pellmouth\tPellmouth,_Carrow\t0.4",
          "Tavela\tTavela,_Guinea\t0.5",
          "Brennick\tBrennick_(Veridia)\t0.5",
          "Tessavale\tTessavale\t0.95",
          "Quorn-Abbas\tQuorn-Abbas\t0.9",
          "Carrowton\tCarrowton\t0.65",
          "Carrowton (state)\tCarrowton\t1.0",
          "Carrowton City\tCarrowton,_F.D.\t0.6",
          "Elmby\tElmby,_Carrowton\t0.9",
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
  void aBodyTitledWithTheCountryItsStoryNamesIsLinked() {
    Entity ministry = entity(EntityType.ORGANIZATION, "Harbour Ministry");
    assertEquals(Optional.empty(), titles(List.of(), ministry).get(0));
    // "The Harbour Ministry said ... . Trade with Veridia fell."
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(ministry, "d1", 0, 4, 20));
    mentions.add(mention(veridia(), "d1", 1, 60, 67));
    assertEquals(
        Optional.of("Harbour_Ministry_(Veridia)"), titles(mentions, ministry, veridia()).get(0));
  }

  @Test
  void aCountryNamedInAnotherStoryOrAnotherCountryDoesNotConfirm() {
    Entity ministry = entity(EntityType.ORGANIZATION, "Harbour Ministry");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(ministry, "d1", 0, 4, 20));
    mentions.add(mention(ostland(), "d1", 1, 60, 67));
    mentions.add(mention(veridia(), "d2", 0, 0, 7));
    assertEquals(Optional.empty(), titles(mentions, ministry, veridia(), ostland()).get(0));
  }

  @Test
  void aTownTitledWithARegionItsStoryNamesIsLinked() {
    Entity town = entity(EntityType.CITY, "Pellmouth");
    Entity carrow = entity(EntityType.PLACE, "Carrow");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(town, "d1", 0, 0, 9));
    mentions.add(mention(carrow, "d1", 3, 200, 206));
    assertEquals(Optional.of("Pellmouth,_Carrow"), titles(mentions, town, carrow).get(0));
    assertEquals(Optional.empty(), titles(List.of(mention(town, "d1", 0, 0, 9)), town).get(0));
  }

  @Test
  void aPlaceQualifiedByACountryIsNotConfirmed() {
    Entity place = entity(EntityType.PLACE, "Brennick");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(place, "d1", 0, 0, 8));
    mentions.add(mention(veridia(), "d1", 1, 50, 57));
    assertEquals(Optional.empty(), titles(mentions, place, veridia()).get(0));
  }

  @Test
  void aStateWhoseNameIsPartOfAnotherStatesDoesNotConfirm() {
    Entity town = entity(EntityType.CITY, "Tavela");
    Entity guinea = entity(EntityType.COUNTRY, "Guinea");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(town, "d1", 0, 0, 6));
    mentions.add(mention(guinea, "d1", 1, 50, 56));
    assertEquals(Optional.empty(), titles(mentions, town, guinea).get(0));
  }

  @Test
  void titleParts() {
    assertEquals(
        Optional.of("United Kingdom"),
        NamedPlaces.qualifierOf("Ministry_of_Rails_(United_Kingdom)"));
    assertEquals(Optional.empty(), NamedPlaces.qualifierOf("Ministry_of_Rails"));
    assertEquals(Optional.of("New Carrow"), NamedPlaces.commaRegionOf("Pellmouth,_New_Carrow"));
    assertEquals(Optional.empty(), NamedPlaces.commaRegionOf("Pellmouth,_Carrow_(town)"));
    assertEquals(Optional.empty(), NamedPlaces.commaRegionOf("Pellmouth"));
  }

  @Test
  void aStatesNameInsideAnotherStatesName() {
    CountryNames countries = CountryNames.loadDefault();
    assertTrue(countries.isPartOfAnother("Guinea"));
    assertFalse(countries.isPartOfAnother("France"));
  }

  @Test
  void aNameInCapitalsIsLookedUpInTitleCaseToo() {
    assertEquals(List.of("TESSAVALE", "Tessavale"), SurfaceForms.lookupKeys("TESSAVALE"));
    assertEquals("Quorn-Abbas", SurfaceForms.titleCase("QUORN-ABBAS"));
    assertEquals("The Tessavale", SurfaceForms.titleCase("THE TESSAVALE"));
    assertEquals(List.of("NATO"), SurfaceForms.lookupKeys("NATO"));
    assertEquals(List.of("Tessavale"), SurfaceForms.lookupKeys("Tessavale"));
    assertEquals(
        Optional.of("Tessavale"), titles(List.of(), entity(EntityType.CITY, "TESSAVALE")).get(0));
    assertEquals(
        Optional.of("Quorn-Abbas"),
        titles(List.of(), entity(EntityType.CITY, "QUORN-ABBAS")).get(0));
  }

  @Test
  void aCityWhoseNameLeadsToAStatesArticleTakesItsCityArticle() {
    Entity city = entity(EntityType.CITY, "Carrowton");
    assertEquals(
        Optional.of("Carrowton,_F.D."), titles(List.of(mention(city, "d1", 0, 0, 9)), city).get(0));
    // the story names a town of the state: "Elmby, Carrowton"
    Entity town = entity(EntityType.CITY, "Elmby");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(city, "d1", 0, 0, 9));
    mentions.add(mention(town, "d1", 2, 100, 105));
    assertEquals(Optional.empty(), titles(mentions, city, town).get(0));
  }

  private List<Optional<String>> titles(List<ResolvedMention> mentions, Entity... entities) {
    ResolvedCorpus out = linker.link(new ResolvedCorpus(Arrays.asList(entities), mentions));
    return out.entities().stream().map(Entity::wikipediaTitle).toList();
  }

  private static Entity veridia() {
    return entity(EntityType.COUNTRY, "Veridia");
  }

  private static Entity ostland() {
    return entity(EntityType.COUNTRY, "Ostland");
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
    return new Entity(id, type, label, Arrays.asList(aliases), Optional.empty());
  }
}

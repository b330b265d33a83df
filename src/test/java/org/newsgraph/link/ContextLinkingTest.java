package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.newsgraph.resolve.Capitals;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;
import org.newsgraph.resolve.ResolvedMention;

/**
 * The linker's second looks: a person's name without middle names, and an organisation's name with
 * its country ({@link CountryContext}), over an invented dictionary written by the test.
 */
class ContextLinkingTest {

  private static final String DICTIONARY =
      String.join(
          "\n",
          "Ada Lindqvist\tAda_Lindqvist\t1.0",
          "Bo Tanvir Haldane\tBo_Haldane\t1.0",
          "Bo Haldane\tBo_Haldane\t1.0",
          "Lindqvist\tLindqvist_(surname)\t0.9",
          "Veridia\tVeridia\t0.95",
          "Ostland\tOstland\t0.95",
          "Labour Union\tLabour_Union_(Ostland)\t0.4",
          "Labour Union (Veridia)\tLabour_Union_(Veridia)\t1.0",
          "Labour Union (Ostland)\tLabour_Union_(Ostland)\t1.0",
          "Free Party\tFree_Party_(Ostland)\t0.9",
          "Free Party (Veridia)\tFree_Party_(Veridia)\t1.0",
          "Arden\tArden_(U.S._state)\t0.55",
          "Arden\tArden_(country)\t0.45",
          "Arden (country)\tArden_(country)\t1.0",
          "Quarnmill\tQuarnmill,_Arden\t0.9",
          "Harbour Board (Veridia)\tVeridia_Film_Festival\t1.0",
          "Labour Union (Canada)\tLabour_Union_(Canada)\t1.0",
          "Free Party (Canada)\tFree_Party_(Canada)\t1.0",
          "Rhea Montvale\tRhea_Montvale\t1.0",
          "PLX\tPLX\t0.9",
          "NRO\tNRO\t0.9",
          "Northern Rail Office\tNRO\t1.0",
          "HACE\tHACE\t0.8",
          "Harbour Assembly\tHarbour_assembly\t0.6",
          "C5\tC5\t0.8",
          "KRI\tKRI\t0.76",
          "Kestrel Rail Industries\tKestrel_Rail_Industries\t1.0",
          "Circle of Five\tCircle_of_Five_(film)\t0.9",
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
  void aPersonWithMiddleNamesLinksByFirstAndLastName() {
    assertEquals(
        Optional.of("Ada_Lindqvist"),
        titles(entity(EntityType.PERSON, "Ada Maren Lindqvist")).get(0));
    assertEquals(
        Optional.of("Ada_Lindqvist"),
        titles(entity(EntityType.PERSON, "Ada K. Lindqvist Jr.")).get(0));
  }

  @Test
  void aFullNameWhoseOnlyArticleLacksItsMiddleNameIsTriedWithoutIt() {
    assertEquals(
        Optional.of("Bo_Haldane"), titles(entity(EntityType.PERSON, "Bo Tanvir Haldane")).get(0));
  }

  @Test
  void aNameWithAParticleOrAnInitialFirstIsNotShortened() {
    assertEquals(Optional.empty(), SurfaceForms.withoutMiddleNames("Ada da Costa Lindqvist"));
    assertEquals(Optional.empty(), SurfaceForms.withoutMiddleNames("A. Maren Lindqvist"));
    assertEquals(Optional.empty(), SurfaceForms.withoutMiddleNames("Ada Lindqvist"));
    assertEquals(
        Optional.of("Ada Lindqvist"), SurfaceForms.withoutMiddleNames("Ada Maren Lindqvist III"));
  }

  @Test
  void aGenericBodyLinksToTheArticleOfTheCountryNamedBeforeIt() {
    Entity union = entity(EntityType.ORGANIZATION, "Labour Union");
    List<ResolvedMention> mentions = new ArrayList<>();
    // "Veridia's Labour Union ... Ostland ... Ostland ... Ostland"
    mentions.add(mention(veridia(), "d1", 0, 0, 7));
    mentions.add(mention(union, "d1", 0, 10, 22));
    for (int i = 1; i <= 3; i++) {
      mentions.add(mention(ostland(), "d1", i, 100 * i, 100 * i + 7));
    }
    assertEquals(
        Optional.of("Labour_Union_(Veridia)"),
        titles(mentions, union, veridia(), ostland()).get(0));
  }

  @Test
  void theBodyOfTheCountryNamedBeforeItWinsOverTheNamesCommonArticle() {
    Entity party = entity(EntityType.ORGANIZATION, "Free Party");
    assertEquals(Optional.of("Free_Party_(Ostland)"), titles(party).get(0));
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(veridia(), "d1", 0, 0, 7));
    mentions.add(mention(party, "d1", 0, 10, 20));
    assertEquals(Optional.of("Free_Party_(Veridia)"), titles(mentions, party, veridia()).get(0));
  }

  @Test
  void noCountryIsGuessedFromHowOftenTheDocumentNamesOne() {
    Entity union = entity(EntityType.ORGANIZATION, "Labour Union");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(union, "d1", 0, 0, 12));
    for (int i = 1; i <= 3; i++) {
      mentions.add(mention(veridia(), "d1", i, 100 * i, 100 * i + 7));
    }
    assertEquals(Optional.empty(), titles(mentions, union, veridia()).get(0));
  }

  @Test
  void twoCountriesNamedBeforeTheBodyGiveNoCountry() {
    Entity union = entity(EntityType.ORGANIZATION, "Labour Union");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(veridia(), "d1", 0, 0, 7));
    mentions.add(mention(union, "d1", 0, 10, 22));
    mentions.add(mention(ostland(), "d1", 1, 50, 57));
    mentions.add(mention(union, "d1", 1, 58, 70));
    assertEquals(Optional.empty(), titles(mentions, union, veridia(), ostland()).get(0));
  }

  @Test
  void aCountryThatSharesItsNameWithAStateLinksByItsQualifiedTitle() {
    Entity arden = entity(EntityType.COUNTRY, "Arden");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(arden, "d1", 0, 0, 5));
    assertEquals(Optional.of("Arden_(country)"), titles(mentions, arden).get(0));
  }

  @Test
  void noCountryTitleWhenALinkedPlaceOfTheStoryIsInTheStateOfThatName() {
    Entity arden = entity(EntityType.COUNTRY, "Arden");
    Entity quarnmill = entity(EntityType.CITY, "Quarnmill");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(quarnmill, "d1", 0, 0, 8));
    mentions.add(mention(arden, "d1", 0, 10, 15));
    assertEquals(
        List.of(Optional.empty(), Optional.of("Quarnmill,_Arden")),
        titles(mentions, arden, quarnmill));
  }

  @Test
  void theCountryTitleMustStillFitTheName() {
    Entity board = entity(EntityType.ORGANIZATION, "Harbour Board");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(mention(veridia(), "d1", 0, 0, 7));
    mentions.add(mention(board, "d1", 0, 10, 23));
    assertEquals(Optional.empty(), titles(mentions, board, veridia()).get(0));
  }

  @Test
  void aPersonsNameIsLookedUpWithoutTheStyleOrOfficeBeforeIt() {
    assertEquals(
        Optional.of("Rhea_Montvale"),
        titles(entity(EntityType.PERSON, "Hon Rhea Montvale")).get(0));
    assertEquals(
        Optional.of("Rhea_Montvale"),
        titles(entity(EntityType.PERSON, "Taoiseach Rhea Montvale")).get(0));
    assertEquals(
        Optional.of("Rhea_Montvale"),
        titles(entity(EntityType.PERSON, "Lt. Gen. Rhea Montvale")).get(0));
  }

  @Test
  void aStyleIsKeptWhenOnlyOneNameWordWouldRemain() {
    SurfaceForms forms = new SurfaceForms(Set.of(), Set.of("hon", "gen"));
    assertEquals("Gen Montvale", forms.withoutStyles("Gen Montvale"));
    assertEquals("Rhea Montvale", forms.withoutStyles("Hon. Rhea Montvale"));
    assertEquals("Rhea Hon Montvale", forms.withoutStyles("Rhea Hon Montvale"));
  }

  @Test
  void anAcronymsOwnTitleNeedsTheFullNameToLeadThereToo() {
    // "PLX" is an article of those letters; "Polder Exchange" is unknown: something else
    assertEquals(
        Optional.empty(), titles(entity(EntityType.ORGANIZATION, "Polder Exchange", "PLX")).get(0));
    assertEquals(
        Optional.of("NRO"),
        titles(entity(EntityType.ORGANIZATION, "Northern Rail Office", "NRO")).get(0));
    assertEquals(
        Optional.empty(),
        titles(entity(EntityType.ORGANIZATION, "Polder Lake Exchange", "PLX")).get(0));
    // the letters spell more than the name: the article is of something else
    assertEquals(
        Optional.empty(),
        titles(entity(EntityType.ORGANIZATION, "Harbour Assembly", "HACE")).get(0));
    // a known name that the acronym spells, though the name's own article is refused
    assertEquals(
        Optional.of("C5"), titles(entity(EntityType.ORGANIZATION, "Circle of Five", "C5")).get(0));
    // the full name has its own article: the letters' article is another thing
    assertEquals(
        Optional.of("Kestrel_Rail_Industries"),
        titles(entity(EntityType.ORGANIZATION, "Kestrel Rail Industries", "KRI")).get(0));
    assertEquals(Optional.of("PLX"), titles(entity(EntityType.ORGANIZATION, "PLX")).get(0));
  }

  @Test
  void aBodyLeftWithoutAnArticleTakesTheCountryOfItsStorysDateline() {
    Entity union = entity(EntityType.ORGANIZATION, "Labour Union");
    Entity capital = entity(EntityType.CITY, "Ottawa");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(new ResolvedMention(capital.id(), "d1", 0, 40, 46, "OTTAWA"));
    mentions.add(mention(union, "d1", 2, 300, 312));
    assertEquals(Optional.of("Labour_Union_(Canada)"), titles(mentions, union, capital).get(0));
  }

  @Test
  void aCapitalInMixedCaseOrFarIntoTheStoryIsNoDateline() {
    Entity union = entity(EntityType.ORGANIZATION, "Labour Union");
    Entity capital = entity(EntityType.CITY, "Ottawa");
    List<ResolvedMention> mixed = new ArrayList<>();
    mixed.add(new ResolvedMention(capital.id(), "d1", 0, 40, 46, "Ottawa"));
    mixed.add(mention(union, "d1", 2, 300, 312));
    assertEquals(Optional.empty(), titles(mixed, union, capital).get(0));
    List<ResolvedMention> late = new ArrayList<>();
    late.add(new ResolvedMention(capital.id(), "d1", 9, 900, 906, "OTTAWA"));
    late.add(mention(union, "d1", 2, 300, 312));
    assertEquals(Optional.empty(), titles(late, union, capital).get(0));
  }

  @Test
  void theDatelineDoesNotReplaceAnArticleTheNamesGave() {
    Entity party = entity(EntityType.ORGANIZATION, "Free Party");
    Entity capital = entity(EntityType.CITY, "Ottawa");
    List<ResolvedMention> mentions = new ArrayList<>();
    mentions.add(new ResolvedMention(capital.id(), "d1", 0, 40, 46, "OTTAWA"));
    mentions.add(mention(party, "d1", 2, 300, 310));
    assertEquals(Optional.of("Free_Party_(Ostland)"), titles(mentions, party, capital).get(0));
  }

  @Test
  void aCountryIsTriedByItsLongerOfficialFormsThatContainItsName() {
    CountryNames countries =
        new CountryNames(
            Map.of(
                "Arden", List.of("Republic of Arden", "RA", "Ardenia"),
                "Tamsk", List.of("Republic of Tamsk"),
                "North Tamsk", List.of()),
            Capitals.loadDefault());
    assertEquals(List.of("Republic of Arden"), countries.longFormsOf("Arden"));
    // "Tamsk" is part of another state's name: either may be meant
    assertEquals(List.of(), countries.longFormsOf("Tamsk"));
    assertEquals(List.of(), countries.longFormsOf("Veridia"));
  }

  private List<Optional<String>> titles(Entity entity) {
    return titles(List.of(), entity);
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

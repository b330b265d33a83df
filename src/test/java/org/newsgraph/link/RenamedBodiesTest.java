package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.ResolvedCorpus;

/**
 * Organisations whose long proper name the dictionary sends to an article titled otherwise take the
 * name as their title; over invented names and an invented dictionary.
 */
class RenamedBodiesTest {

  private static final String DICTIONARY =
      String.join(
          "\n",
          "Valdorian National Armed Forces\tMilitary_of_Valdoria\t1.0",
          "Forsa Armata Valdoriana\tMilitary_of_Valdoria\t1.0",
          "Northern Cooperation Council\tNorthern_Trade_Union\t1.0",
          "Harbour Development Bank\tHDB\t1.0",
          "Ostrian Armed Forces\tMilitary_of_Ostria\t0.6",
          "Valdorian Navy\tMilitary_of_Valdoria\t1.0",
          "Valdorian Lancers\tValdorian_Cavalry\t1.0",
          "");

  @TempDir Path dir;

  private final RenamedBodies rules =
      RenamedBodies.loadDefault(TitleRules.loadDefault().lowercaseWords());

  @Test
  void aLongProperNameIsTheCurrentTitleOfTheArticleItLeadsTo() {
    assertTrue(rules.isOldTitleOf("Valdorian National Armed Forces", "Military_of_Valdoria"));
    // the name has words the title lacks
    assertTrue(rules.isOldTitleOf("Ruritanian Armed Forces", "Ruritanian_Forces"));
    // the title has words the name lacks, after its first word or among its words
    assertTrue(rules.isOldTitleOf("Grand Harmony Party", "Grand_Harmony_Revolutionary_Party"));
    assertTrue(rules.isOldTitleOf("Ocean Rim Association", "Ocean_Rim_Association_for_Trade"));
    assertTrue(
        rules.isOldTitleOf("Harbour Trade Council", "Trade_Council_of_the_Maritime_Harbour"));
  }

  @Test
  void titlesThatStayAreKept() {
    // a national body titled by the convention for shared names
    assertFalse(
        rules.isOldTitleOf("Ruritanian Ministry of Defence", "Ministry_of_Defence_(Ruritania)"));
    // the name's initials
    assertFalse(rules.isOldTitleOf("Harbour Development Bank", "HDB"));
    // a one-word title is a name of its own
    assertFalse(rules.isOldTitleOf("Ruritanian Armed Forces", "Wehrmark"));
    // only country names and demonyms differ
    assertFalse(rules.isOldTitleOf("Chinese Harmony Party", "Harmony_Party_of_China"));
    assertFalse(rules.isOldTitleOf("South Korean Coast Guard", "Republic_of_Korea_Coast_Guard"));
    // a legal form
    assertFalse(rules.isOldTitleOf("Latham Brooks Watkins LLP", "Latham_Brooks_Watkins"));
    // spelling: endings, one letter, word order
    assertFalse(rules.isOldTitleOf("Ruritan Self Defense Force", "Ruritan_Self-Defense_Forces"));
    assertFalse(rules.isOldTitleOf("World Harbour Organisation", "World_Harbour_Organization"));
    assertFalse(rules.isOldTitleOf("Coastal Defence Agency", "Coastal_Defense_Agency"));
    assertFalse(
        rules.isOldTitleOf(
            "Ostrava City Harbour University", "University_of_Ostrava_City_Harbour"));
    // the title adds words before the name: the name is a shortening
    assertFalse(rules.isOldTitleOf("Atomic Harbour Agency", "International_Atomic_Harbour_Agency"));
  }

  @Test
  void onlyLongCapitalisedNamesWithoutAbbreviations() {
    assertTrue(rules.isProperName("Valdorian National Armed Forces"));
    assertTrue(rules.isProperName("101st Harbour Division"));
    assertFalse(rules.isProperName("Ruritanian air force"));
    assertFalse(rules.isProperName("U.S. Harbour Trade Commission"));
    assertFalse(rules.isProperName("UN Harbour Agency"));
    assertFalse(rules.isProperName("Harbour Agency"));
    assertFalse(rules.isProperName("Ministry of Defence (Ruritania)"));
    assertFalse(rules.isProperName("NHDB"));
  }

  @Test
  void sameWordInAnotherSpelling() {
    assertTrue(RenamedBodies.sameWord("democrat", "democratic"));
    assertTrue(RenamedBodies.sameWord("organisation", "organization"));
    assertTrue(RenamedBodies.sameWord("defence", "defense"));
    assertTrue(RenamedBodies.sameWord("centre", "center"));
    assertTrue(RenamedBodies.sameWord("labour", "labor"));
    assertFalse(RenamedBodies.sameWord("armed", "named"));
    assertFalse(RenamedBodies.sameWord("military", "armed"));
  }

  @Test
  void theLinkerTitlesTheBodyByItsLabel() throws IOException {
    Path file = dir.resolve("dict.tab.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
    }
    WikipediaLinker linker =
        new WikipediaLinker(
            LinkSettings.defaults(), dir.resolve("cache"), WikiDictionary.fromFile(file, "test"));
    List<Entity> entities =
        List.of(
            // label first: its name is the title, though the alias leads to the same article
            entity("Valdorian National Armed Forces", "Forsa Armata Valdoriana"),
            entity("Northern Cooperation Council"),
            entity("Harbour Development Bank"),
            // too few of the name's anchors lead to the article
            entity("Ostrian Armed Forces"),
            new Entity(
                "p",
                EntityType.PLACE,
                "Northern Cooperation Council",
                List.of(),
                Optional.empty()));
    ResolvedCorpus out = linker.link(new ResolvedCorpus(entities, List.of()));
    assertEquals(
        List.of(
            Optional.of("Valdorian_National_Armed_Forces"),
            Optional.of("Northern_Cooperation_Council"),
            Optional.of("HDB"),
            Optional.empty(),
            // not an organisation: the dictionary's article as before
            Optional.of("Northern_Trade_Union")),
        out.entities().stream().map(Entity::wikipediaTitle).toList());
    assertEquals(
        Map.of("Military_of_Valdoria", "Valdorian_National_Armed_Forces"),
        rules.renames(
            EntityType.ORGANIZATION,
            List.of("Valdorian National Armed Forces", "Forsa Armata Valdoriana"),
            Map.of(
                "Valdorian National Armed Forces",
                List.of(new LinkCandidate("Military_of_Valdoria", 1.0)),
                "Forsa Armata Valdoriana",
                List.of(new LinkCandidate("Military_of_Valdoria", 1.0)))));
  }

  @Test
  void aTwoWordNameIsEnoughForAnOverviewArticle() throws IOException {
    Path file = dir.resolve("dict.tab.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
    }
    WikipediaLinker linker =
        new WikipediaLinker(
            LinkSettings.defaults(), dir.resolve("cache"), WikiDictionary.fromFile(file, "test"));
    ResolvedCorpus out =
        linker.link(
            new ResolvedCorpus(
                List.of(entity("Valdorian Navy"), entity("Valdorian Lancers")), List.of()));
    assertEquals(
        List.of(Optional.of("Valdorian_Navy"), Optional.of("Valdorian_Cavalry")),
        out.entities().stream().map(Entity::wikipediaTitle).toList());
    assertTrue(rules.isOverviewTitle("Military_of_Valdoria"));
    assertFalse(rules.isOverviewTitle("Militaryman_of_Valdoria"));
  }

  @Test
  void aDictionaryOfTodaysTitlesKeepsItsTitles() throws IOException {
    Path file = dir.resolve("dict.tab.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(DICTIONARY.getBytes(StandardCharsets.UTF_8));
    }
    WikipediaLinker linker =
        new WikipediaLinker(
            LinkSettings.defaults(),
            dir.resolve("cache"),
            WikiDictionary.withCurrentTitles(WikiDictionary.fromFile(file, "test")));
    ResolvedCorpus out =
        linker.link(new ResolvedCorpus(List.of(entity("Northern Cooperation Council")), List.of()));
    // a redirect of today leads to the current title, which is not the name's
    assertEquals(Optional.empty(), out.entities().get(0).wikipediaTitle());
  }

  private static Entity entity(String label, String... aliases) {
    return new Entity(
        label.toLowerCase().replace(' ', '-'),
        EntityType.ORGANIZATION,
        label,
        List.of(aliases),
        Optional.empty());
  }
}

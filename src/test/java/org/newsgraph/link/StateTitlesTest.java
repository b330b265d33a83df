package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityType;
import org.newsgraph.resolve.SettlementNames;

class StateTitlesTest {

  private final StateTitles states =
      new StateTitles(
          List.of(
              new StateTitles.State("Côte Verte", "Green_Coast", Map.of("Verville", "Verville")),
              new StateTitles.State("South Ostland", "South_Ostland", Map.of()),
              new StateTitles.State(
                  "Holy Chair Land",
                  "Holy_Chair_Land",
                  Map.of("Holy Chair Land", "Holy_Chair_Land")),
              new StateTitles.State(
                  "Marlinia",
                  "Marlinia",
                  Map.of(
                      "Ostburg",
                      "Ostburg",
                      "Ostborg",
                      "Ostburg",
                      "Marlin",
                      "Marlin_City",
                      "Marlinia",
                      "Marlinia_City"))));

  @Test
  void aCountryTakesTheCurrentTitleOfItsStatesArticle() {
    assertEquals(
        "Green_Coast", states.current(EntityType.COUNTRY, "Côte_Verte", List.of("Côte Verte")));
    // the article titled with words that differ in their endings
    assertEquals(
        "South_Ostland",
        states.current(EntityType.COUNTRY, "Southern_Ostland", List.of("South Ostland")));
  }

  @Test
  void anotherArticleIsKept() {
    // another article that one of the names leads to
    assertEquals(
        "Holy_Chair",
        states.current(EntityType.COUNTRY, "Holy_Chair", List.of("Holy Chair Land", "Holy Chair")));
    // a namesake with a qualifier, or a town with a comma
    assertEquals(
        "Côte_Verte_(U.S._state)",
        states.current(EntityType.COUNTRY, "Côte_Verte_(U.S._state)", List.of("Côte Verte")));
    assertEquals(
        "Marlin,_Elmshire", states.current(EntityType.CITY, "Marlin,_Elmshire", List.of("Marlin")));
    // no name of the entity is the state's
    assertEquals("Côte_Verte", states.current(EntityType.COUNTRY, "Côte_Verte", List.of("Verte")));
    // neither a country nor a city
    assertEquals(
        "Côte_Verte", states.current(EntityType.ORGANIZATION, "Côte_Verte", List.of("Côte Verte")));
  }

  @Test
  void aCapitalTakesItsCurrentTitle() {
    // another name of the capital
    assertEquals("Ostburg", states.current(EntityType.CITY, "Ostborg", List.of("Ostburg")));
    // a qualifier that the capital's title now writes as a word
    assertEquals(
        "Marlin_City", states.current(EntityType.CITY, "Marlin_(city)", List.of("Marlin City")));
    // the state's article for a city named as its capital
    assertEquals("Marlinia_City", states.current(EntityType.CITY, "Marlinia", List.of("Marlinia")));
    // another qualifier is another article
    assertEquals(
        "Marlin_(river)", states.current(EntityType.CITY, "Marlin_(river)", List.of("Marlin")));
  }

  @Test
  void currentTitlesApplyTheStatesAfterTheOtherRules() {
    CurrentTitles rules = new CurrentTitles(Set.of(), Set.of(), SettlementNames.bundled(), states);
    assertEquals(
        "Green_Coast",
        rules.current(EntityType.COUNTRY, "Côte_Verte", List.of("Côte Verte"), Map.of()));
  }

  @Test
  void theBundledTableHasEveryStateOfTheResolversList() {
    StateTitles bundled = StateTitles.loadDefault();
    assertTrue(
        StateTitles.sameWords(NameTokens.of("Southern Ostland"), NameTokens.of("South Ostland")));
    assertEquals(
        RuleFileCount.countries(), RuleFileCount.states(), "one line per state of countries.tsv");
    assertEquals(
        "Freedonia", bundled.current(EntityType.COUNTRY, "Freedonia", List.of("Freedonia")));
  }

  /** Counts the lines of the two tables. */
  private static final class RuleFileCount {
    static int countries() {
      return org.newsgraph.annotate.RuleFile.lines(CountryNames.COUNTRIES).size();
    }

    static int states() {
      return org.newsgraph.annotate.RuleFile.lines(StateTitles.RESOURCE).size();
    }
  }
}

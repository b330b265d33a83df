package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.EntityType;

class TitleRulesTest {

  private final TitleRules rules = TitleRules.loadDefault();

  @Test
  void acceptsOrdinaryEntityTitles() {
    assertTrue(rules.acceptable(EntityType.CITY, "Springfield,_Illinois"));
    assertTrue(rules.acceptable(EntityType.PERSON, "Chris_Evans_(actor)"));
    assertTrue(rules.acceptable(EntityType.PERSON, "Charles_de_Gaulle"));
    assertTrue(rules.acceptable(EntityType.PERSON, "Bashar_al-Assad"));
    assertTrue(rules.acceptable(EntityType.ORGANIZATION, "Ministry_of_Defence_(United_Kingdom)"));
    assertTrue(rules.acceptable(EntityType.COUNTRY, "Georgia_(country)"));
  }

  @Test
  void refusesWorksAmbiguityAndOverviewPages() {
    assertFalse(rules.acceptable(EntityType.ORGANIZATION, "Group_of_Seven_(artists)"));
    assertFalse(rules.acceptable(EntityType.PLACE, "Casablanca_(film)"));
    assertFalse(rules.acceptable(EntityType.PLACE, "Atlantis_(2001_video_game)"));
    assertFalse(rules.acceptable(EntityType.COUNTRY, "Jordan_(disambiguation)"));
    assertFalse(rules.acceptable(EntityType.COUNTRY, "Culture_of_Peru"));
    assertFalse(rules.acceptable(EntityType.COUNTRY, "List_of_sovereign_states"));
  }

  @Test
  void refusesQualifiersThatContradictTheType() {
    assertFalse(rules.acceptable(EntityType.COUNTRY, "Georgia_(U.S._state)"));
    assertFalse(rules.acceptable(EntityType.PERSON, "USS_Nimitz_(ship)"));
    assertTrue(rules.acceptable(EntityType.PLACE, "Georgia_(U.S._state)"));
  }

  @Test
  void refusesConceptAndMalformedTitlesExceptForPlaces() {
    assertFalse(rules.acceptable(EntityType.ORGANIZATION, "Foreign_minister"));
    assertFalse(rules.acceptable(EntityType.ORGANIZATION, "Islamic_state"));
    assertFalse(rules.acceptable(EntityType.COUNTRY, "atlantic"));
    assertFalse(rules.acceptable(EntityType.COUNTRY, ""));
    assertTrue(rules.acceptable(EntityType.PLACE, "Arab_world"));
  }
}

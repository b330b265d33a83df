package org.newsgraph.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkSettingsTest {

  @Test
  void emptyMapGivesTheDefaults() {
    assertEquals(LinkSettings.defaults(), LinkSettings.fromMap(Map.of()));
    assertTrue(LinkSettings.defaults().enabled());
  }

  @Test
  void readsEveryKeyAndRoundTrips() {
    LinkSettings s =
        LinkSettings.fromMap(Map.of("enabled", "FALSE", "minScore", "0.8", "minMargin", "0.1"));
    assertFalse(s.enabled());
    assertEquals(0.8, s.minScore());
    assertEquals(0.1, s.minMargin());
    assertEquals(s, LinkSettings.fromMap(s.toMap()));
  }

  @Test
  void rejectsUnknownKeysNamingThem() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> LinkSettings.fromMap(Map.of("minscore", "1")));
    assertTrue(e.getMessage().contains("'minscore'"), e.getMessage());
    assertTrue(e.getMessage().contains("minScore"), e.getMessage());
  }

  @Test
  void rejectsBadValues() {
    assertThrows(
        IllegalArgumentException.class, () -> LinkSettings.fromMap(Map.of("enabled", "yes")));
    assertThrows(
        IllegalArgumentException.class, () -> LinkSettings.fromMap(Map.of("minScore", "high")));
    assertThrows(
        IllegalArgumentException.class, () -> LinkSettings.fromMap(Map.of("minMargin", "1.5")));
    assertThrows(
        IllegalArgumentException.class, () -> new LinkSettings(true, Double.NaN, 0.2, 0.5, 0.25));
  }
}

package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {

  @Test
  void defaultsListenOnLoopbackPort3030() {
    ServeSettings defaults = ServeSettings.defaults();
    assertEquals("127.0.0.1", defaults.host());
    assertEquals(3030, defaults.port());
    assertEquals(Duration.ofSeconds(30), defaults.queryTimeout());
    assertEquals(10_000, defaults.maxResults());
  }

  @Test
  void portZeroIsAllowedForAnyFreePort() {
    assertEquals(0, ServeSettings.defaults().withPort(0).port());
  }

  @Test
  void outOfRangeValuesAreRejectedWithAMessage() {
    ServeSettings defaults = ServeSettings.defaults();
    assertMessage("65536", () -> defaults.withPort(65_536));
    assertMessage("-1", () -> defaults.withPort(-1));
    assertMessage("host is empty", () -> defaults.withHost(" "));
    assertMessage("too short", () -> defaults.withQueryTimeout(Duration.ZERO));
    assertMessage("too short", () -> defaults.withQueryTimeout(Duration.ofNanos(10)));
    assertMessage("too small", () -> defaults.withMaxResults(0));
  }

  private static void assertMessage(String expected, Runnable action) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}

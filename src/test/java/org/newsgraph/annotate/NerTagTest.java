package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NerTagTest {

  @Test
  void everyTagIsFoundByItsName() {
    for (NerTag tag : NerTag.values()) {
      assertEquals(tag, NerTag.of(tag.name()));
    }
  }

  @Test
  void anUnknownOrMissingTagIsNone() {
    assertEquals(NerTag.O, NerTag.of("SIDE"));
    assertEquals(NerTag.O, NerTag.of("person"));
    assertEquals(NerTag.O, NerTag.of(""));
    assertEquals(NerTag.O, NerTag.of(null));
  }

  @Test
  void jsonHoldsTheTagName() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    assertEquals("\"CITY\"", mapper.writeValueAsString(NerTag.CITY));
    assertEquals(NerTag.CITY, mapper.readValue("\"CITY\"", NerTag.class));
    assertEquals(NerTag.O, mapper.readValue("\"B-PER\"", NerTag.class));
  }

  @Test
  void placesAreTheFourPlaceTags() {
    assertEquals(
        java.util.EnumSet.of(
            NerTag.COUNTRY, NerTag.CITY, NerTag.STATE_OR_PROVINCE, NerTag.LOCATION),
        java.util.EnumSet.copyOf(
            java.util.Arrays.stream(NerTag.values()).filter(NerTag::isPlace).toList()));
  }
}

package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InitialsTest {

  @Test
  void initialsSkipFunctionWordsSplitHyphensAndTurnNumberWordsIntoDigits() {
    assertEquals("NATO", Initials.of("North Atlantic Treaty Organization"));
    assertEquals("SDF", Initials.of("Self-Defense Forces"));
    assertEquals("G7", Initials.of("Group of Seven"));
  }

  @Test
  void anAcronymMayTakeAFewMoreLettersOfAWord() {
    assertTrue(Initials.abbreviates("ASEAN", "Association of Southeast Asian Nations"));
    assertTrue(Initials.abbreviates("IP4", "Indo-Pacific Four"));
    assertTrue(Initials.abbreviates("U.S.", "United States"));
    assertFalse(Initials.abbreviates("UN", "United States"));
    assertFalse(Initials.abbreviates("ASEAN", "Asian Nations"), "every word gives its initial");
  }

  @Test
  void acronymsAreShortCapitalisedWords() {
    assertTrue(Initials.isAcronym("NATO"));
    assertTrue(Initials.isAcronym("G7"));
    assertTrue(Initials.isAcronym("U.S."));
    assertFalse(Initials.isAcronym("Nato"));
    assertFalse(Initials.isAcronym("I"));
    assertFalse(Initials.isAcronym("2025"));
  }
}

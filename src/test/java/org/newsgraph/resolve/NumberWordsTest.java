package org.newsgraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

  private final NumberWords words = new NumberWords();

  @Test
  void readsTheWordsOfTheRuleFileInAnyCase() {
    assertEquals(OptionalInt.of(7), words.value("seven"));
    assertEquals(OptionalInt.of(20), words.value("Twenty"));
    assertEquals(OptionalInt.of(12), words.value("TWELVE"));
  }

  @Test
  void writesANumberWordInDigits() {
    assertEquals("7", words.digits("Seven"));
    assertEquals("1", words.digits("one"));
  }

  @Test
  void otherWordsHaveNoValue() {
    assertTrue(words.value("seventh").isEmpty());
    assertTrue(words.value("").isEmpty());
    assertNull(words.digits("Group"));
  }

  @Test
  void acronymsWithDigitsUseTheSharedTable() {
    assertEquals("G7", Initials.of("Group of Seven"));
    assertEquals("G20", Initials.of("Group of Twenty"));
  }
}

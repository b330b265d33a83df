package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  @Test
  void normalisesLineBreaksAndSpaces() {
    assertEquals(
        "Headline\nFirst paragraph, with tabs and spaces.\n\nSecond.",
        TextCleaner.clean(
            "Headline\r\n"
                + "First\tparagraph,  with\u00A0tabs and   spaces.  \r\n\r\n\r\n\r"
                + "Second.\r\n"));
  }

  @Test
  void removesInvisibleAndControlCharacters() {
    assertEquals(
        "Headline\nA co-operative body met today.",
        TextCleaner.clean("\uFEFFHeadline\nA co-oper\u00ADative\u200B body\u0007met today."));
  }

  @Test
  void removesTheNoncharactersXmlCannotHold() {
    String cleaned = TextCleaner.clean("Headline\nThe talks\uFFFE ended\uFFFF today.");
    assertEquals("Headline\nThe talks ended today.", cleaned);
    assertTrue(cleaned.codePoints().noneMatch(c -> c == 0xFFFE || c == 0xFFFF));
  }

  @Test
  void dropsBlankLinesAtBothEnds() {
    assertEquals("Title\nBody text.", TextCleaner.clean("\n \n  Title  \nBody text.\n\n \n"));
  }

  @Test
  void dropsATrailingUnterminatedTagFragmentLine() {
    assertEquals(
        "A harbour opens\nThe new harbour opened on Monday.",
        TextCleaner.clean("A harbour opens\nThe new harbour opened on Monday.\n\n<p class=\"\n"));
  }

  @Test
  void dropsATrailingUnterminatedTagFragmentAtTheEndOfALine() {
    assertEquals(
        "A harbour opens\nThe new harbour opened on Monday.",
        TextCleaner.clean(
            "A harbour opens\nThe new harbour opened on Monday. <a href=\"https://exa"));
  }

  @Test
  void keepsAComparisonThatIsNotATag() {
    assertEquals(
        "Prices\nGrowth stayed < 2 percent.",
        TextCleaner.clean("Prices\nGrowth stayed < 2 percent."));
  }

  @Test
  void joinsHardWrappedLinesOfAParagraph() {
    String raw =
        "Council approves budget\n"
            + "The city council approved the budget on Tuesday after a\n"
            + "long debate, and the mayor said the vote was\n"
            + "a relief.\n"
            + "Another paragraph starts here.";
    assertEquals(
        "Council approves budget\n"
            + "The city council approved the budget on Tuesday after a long debate, and the mayor"
            + " said the vote was a relief.\n"
            + "Another paragraph starts here.",
        TextCleaner.clean(raw));
  }

  @Test
  void neverJoinsTheHeadlineToTheFirstParagraph() {
    assertEquals(
        "Storm closes the coastal road\nofficials said on Sunday it would reopen soon.",
        TextCleaner.clean(
            "Storm closes the coastal road\nofficials said on Sunday it would reopen soon."));
  }

  @Test
  void neverJoinsAHeadingInsideTheText() {
    String raw =
        "Headline of the page\n"
            + "The first paragraph ends here.\n"
            + "Rising Costs Worry Farmers\n"
            + "according to a survey, most farms pay more.";
    assertEquals(raw, TextCleaner.clean(raw));
  }

  @Test
  void doesNotJoinAfterSentencePunctuationOrBeforeCapitals() {
    String raw =
        "Headline\n"
            + "He said: \n"
            + "the talks went well.\n"
            + "“It was useful.”\n"
            + "then she left\n"
            + "Then he left";
    assertEquals(
        "Headline\nHe said:\nthe talks went well.\n“It was useful.”\nthen she left\nThen he left",
        TextCleaner.clean(raw));
  }

  @Test
  void doesNotJoinAcrossABlankLine() {
    assertEquals(
        "Headline\nended without a stop\n\nand a new one",
        TextCleaner.clean("Headline\nended without a stop\n\nand a new one"));
  }

  @Test
  void recognisesHeadings() {
    assertTrue(TextCleaner.looksLikeHeading("Ministers Meet in the Capital"));
    assertTrue(TextCleaner.looksLikeHeading("By JANE DOE and JOHN ROE"));
    assertFalse(TextCleaner.looksLikeHeading("The ministers met in the capital"));
    assertFalse(TextCleaner.looksLikeHeading("ministers Meet"));
  }

  @Test
  void composesToNfc() {
    assertEquals("Title\nCaf\u00E9 opens.", TextCleaner.clean("Title\nCafe\u0301 opens."));
  }
}

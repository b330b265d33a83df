package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.TextPieces.Piece;

class TextPiecesTest {

  /** The pieces must tile the text: consecutive, from 0 to its end. */
  private static void assertCovers(String text, List<Piece> pieces) {
    int at = 0;
    for (Piece piece : pieces) {
      assertEquals(at, piece.begin(), "pieces are consecutive");
      at = piece.end();
    }
    assertEquals(text.length(), at, "the pieces reach the end");
  }

  @Test
  void aShortTextIsOnePieceAndAnEmptyOneNone() {
    assertEquals(List.of(new Piece(0, 5)), TextPieces.split("Short", 10));
    assertEquals(List.of(new Piece(0, 10)), TextPieces.split("0123456789", 10));
    assertEquals(List.of(), TextPieces.split("", 10));
  }

  @Test
  void cutsAfterTheLastParagraphBreakThatFitsGroupingParagraphs() {
    String text = "One two.\nThree.\n\nFour five.\n\nSix seven eight.\n";
    List<Piece> pieces = TextPieces.split(text, 30);
    assertCovers(text, pieces);
    assertEquals("One two.\nThree.\n\nFour five.\n\n", pieces.get(0).of(text));
    assertEquals("Six seven eight.\n", pieces.get(1).of(text));
  }

  @Test
  void fallsBackToALineBreakWhenNoParagraphBreakIsInTheSecondHalf() {
    String text = "A.\n\nLine one is here.\nLine two is here.\nLine three.\n";
    List<Piece> pieces = TextPieces.split(text, 40);
    assertCovers(text, pieces);
    assertEquals("A.\n\nLine one is here.\nLine two is here.\n", pieces.get(0).of(text));
  }

  @Test
  void fallsBackToASentenceEndThenToAnySpaceButNeverCutsAWord() {
    String sentences = "He said \"yes.\" They left. Then more words came here";
    List<Piece> bySentence = TextPieces.split(sentences, 30);
    assertCovers(sentences, bySentence);
    assertEquals("He said \"yes.\" They left. ", bySentence.get(0).of(sentences));

    String words = "alpha beta gamma delta epsilon zeta eta theta";
    List<Piece> byWord = TextPieces.split(words, 12);
    assertCovers(words, byWord);
    for (Piece piece : byWord) {
      assertTrue(piece.end() - piece.begin() <= 12, piece.of(words));
      assertTrue(piece.end() == words.length() || words.charAt(piece.end() - 1) == ' ');
    }
  }

  @Test
  void aRunWithoutWhiteSpaceLongerThanAPieceStaysWhole() {
    String text = "short " + "x".repeat(50) + " tail";
    List<Piece> pieces = TextPieces.split(text, 10);
    assertCovers(text, pieces);
    assertEquals(
        List.of("short ", "x".repeat(50) + " ", "tail"),
        pieces.stream().map(p -> p.of(text)).toList());
  }

  @Test
  void randomTextsAreCoveredByPiecesWithinTheLimitCutOnlyAtWhiteSpace() {
    Random random = new Random(13);
    String[] parts = {"word", "Name", ".", " ", " ", "\n", "\n\n", "?", "\u201d", "\uD83D\uDE00"};
    for (int round = 0; round < 200; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(2000);
      while (text.length() < length) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      int max = 2 + random.nextInt(300);
      String t = text.toString();
      List<Piece> pieces = TextPieces.split(t, max);
      assertCovers(t, pieces);
      for (Piece piece : pieces) {
        boolean cutAtSpace =
            piece.end() == t.length() || Character.isWhitespace(t.charAt(piece.end() - 1));
        assertTrue(cutAtSpace, "cut inside a word at " + piece.end());
        boolean fits = piece.end() - piece.begin() <= max;
        boolean longRun = piece.of(t).strip().chars().noneMatch(Character::isWhitespace);
        assertTrue(fits || longRun, "piece too long without reason: " + piece);
      }
    }
  }

  @Test
  void rejectsATooSmallLimit() {
    assertThrows(IllegalArgumentException.class, () -> TextPieces.split("text", 1));
  }
}

package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a long text is cut so that it can be annotated in pieces of bounded size. Each cut falls
 * just after a break, preferring, in this order: a paragraph break (a blank line), a line break,
 * the end of a sentence (a {@code .}, {@code !}, {@code ?} or {@code …}, possibly followed by
 * closing quotes or brackets, then white space), and any other white space. The latest break of the
 * strongest kind in the second half of a piece wins, so that pieces group several paragraphs; only
 * when that half has no break at all is the whole piece searched. A word is never cut: a run of
 * more than {@code maxChars} characters without white space makes one longer piece that ends after
 * it. The break's white space ends the piece before the cut, so no piece starts with it.
 */
public final class TextPieces {

  /**
   * One piece of a text.
   *
   * @param begin offset of its first character in the text
   * @param end offset just past its last character
   */
  public record Piece(int begin, int end) {

    /** Checks the offsets. */
    public Piece {
      if (begin < 0 || end <= begin) {
        throw new IllegalArgumentException(
            "a piece needs 0 <= begin < end; got " + begin + ", " + end);
      }
    }

    /** Its text. */
    public String of(String text) {
      return text.substring(begin, end);
    }
  }

  /** The kinds of break, strongest first. */
  private enum Break {
    PARAGRAPH,
    LINE,
    SENTENCE,
    SPACE
  }

  private TextPieces() {}

  /**
   * Cuts a text into consecutive pieces that cover it, each at most {@code maxChars} long unless it
   * holds a longer run without white space.
   *
   * @param maxChars the largest piece, at least 2
   * @return the pieces in text order; one piece (the whole text) when it is short enough, none when
   *     it is empty
   */
  public static List<Piece> split(String text, int maxChars) {
    if (maxChars < 2) {
      throw new IllegalArgumentException("pieces need at least 2 characters; got " + maxChars);
    }
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    while (text.length() - start > maxChars) {
      int cut = cut(text, start, start + maxChars);
      pieces.add(new Piece(start, cut));
      start = cut;
    }
    if (start < text.length()) {
      pieces.add(new Piece(start, text.length()));
    }
    return pieces;
  }

  /** Where to end the piece that starts at {@code start} and may reach {@code limit}. */
  private static int cut(String text, int start, int limit) {
    for (int from : new int[] {start + (limit - start) / 2, start + 1}) {
      for (Break kind : Break.values()) {
        int cut = latest(text, kind, start, from, limit);
        if (cut > 0) {
          return cut;
        }
      }
    }
    for (int i = limit; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i + 1;
      }
    }
    return text.length();
  }

  /** The latest cut in [from, limit] just after a break of this kind, or -1. */
  private static int latest(String text, Break kind, int start, int from, int limit) {
    for (int cut = limit; cut >= from; cut--) {
      if (breaksBefore(text, kind, cut, start)) {
        return cut;
      }
    }
    return -1;
  }

  /**
   * Whether the character just before {@code cut} ends a break of this kind, looking back no
   * further than {@code floor}, the start of the piece (the character before it may close a blank
   * line).
   */
  private static boolean breaksBefore(String text, Break kind, int cut, int floor) {
    char last = text.charAt(cut - 1);
    return switch (kind) {
      case PARAGRAPH -> last == '\n' && blankLineBefore(text, cut - 1, floor);
      case LINE -> last == '\n';
      case SENTENCE -> Character.isWhitespace(last) && sentenceEndBefore(text, cut - 1, floor);
      case SPACE -> Character.isWhitespace(last);
    };
  }

  /** Whether the line that ends with the line break at {@code newline} is blank. */
  private static boolean blankLineBefore(String text, int newline, int floor) {
    for (int i = newline - 1; i >= floor - 1 && i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t') {
        return false;
      }
    }
    return false;
  }

  /** Whether the text before the white space at {@code space} ends a sentence. */
  private static boolean sentenceEndBefore(String text, int space, int floor) {
    int i = space - 1;
    while (i >= floor && "\"')]”’»".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= floor && ".!?…".indexOf(text.charAt(i)) >= 0;
  }
}

package org.newsgraph.annotate;

/**
 * Round brackets as {@link Token#word()} holds them: the character itself or the Penn Treebank
 * escape CoreNLP's tokenizer writes ({@value #OPENING_ESCAPE}, {@value #CLOSING_ESCAPE}).
 */
public final class Brackets {

  /** The tokenizer's word for "(". */
  public static final String OPENING_ESCAPE = "-LRB-";

  /** The tokenizer's word for ")". */
  public static final String CLOSING_ESCAPE = "-RRB-";

  private Brackets() {}

  /** Whether the token word is an opening round bracket. */
  public static boolean isOpening(String word) {
    return word.equals("(") || word.equals(OPENING_ESCAPE);
  }

  /** Whether the token word is a closing round bracket. */
  public static boolean isClosing(String word) {
    return word.equals(")") || word.equals(CLOSING_ESCAPE);
  }
}

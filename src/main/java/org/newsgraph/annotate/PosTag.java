package org.newsgraph.annotate;

import java.util.Set;

/**
 * Questions about the Penn Treebank part-of-speech tags in {@link Token#pos()}, so that later
 * stages need not spell CoreNLP's tag strings.
 */
public final class PosTag {

  private static final Set<String> FINITE_VERBS = Set.of("VBZ", "VBP", "VBD", "MD");
  private static final Set<String> PRONOUNS = Set.of("PRP", "PRP$", "WP", "WP$");
  private static final Set<String> PARTICIPLES = Set.of("VBN", "VBG");

  private PosTag() {}

  /** Any noun: {@code NN}, {@code NNS}, {@code NNP}, {@code NNPS}. */
  public static boolean isNoun(String pos) {
    return pos.startsWith("NN");
  }

  /** A proper noun: {@code NNP}, {@code NNPS}. */
  public static boolean isProperNoun(String pos) {
    return pos.startsWith("NNP");
  }

  /** Any adjective: {@code JJ}, {@code JJR}, {@code JJS}. */
  public static boolean isAdjective(String pos) {
    return pos.startsWith("JJ");
  }

  /** A plain adjective, neither comparative nor superlative: {@code JJ}. */
  public static boolean isPlainAdjective(String pos) {
    return pos.equals("JJ");
  }

  /** A cardinal number: {@code CD}. */
  public static boolean isCardinalNumber(String pos) {
    return pos.equals("CD");
  }

  /** A hyphen between the parts of a word: {@code HYPH}. */
  public static boolean isHyphen(String pos) {
    return pos.equals("HYPH");
  }

  /** A verb that can head a clause by itself: {@code VBZ}, {@code VBP}, {@code VBD}, {@code MD}. */
  public static boolean isFiniteVerb(String pos) {
    return FINITE_VERBS.contains(pos);
  }

  /** A past or present participle: {@code VBN}, {@code VBG}. */
  public static boolean isParticiple(String pos) {
    return PARTICIPLES.contains(pos);
  }

  /**
   * A personal or wh- pronoun, possessive or not: {@code PRP}, {@code PRP$}, {@code WP}, {@code
   * WP$}.
   */
  public static boolean isPronoun(String pos) {
    return PRONOUNS.contains(pos);
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.Brackets;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Drops mentions that are parts of titles or credits rather than names: a minister's portfolio
 * ("Minister of National Defence") and the news agency of a dateline ("LYON, May 4 (Agency) -").
 */
final class PortfolioAndCreditFilter implements MentionRepair {

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    out.removeIf(m -> isPortfolio(view, m) || isDatelineAgency(view, m));
    return out;
  }

  /** How far into a story's first sentence a dateline's agency credit may be. */
  private static final int DATELINE_TOKENS = 12;

  /** The sentences a dateline may open (after a headline and a standfirst). */
  private static final int DATELINE_SENTENCES = 3;

  /**
   * Whether a mention is the news agency in a dateline, "LYON, May 4 (Agency) -": in brackets among
   * the first tokens of one of the first sentences that opens with a word in capitals. Bylines and
   * credits are not entities.
   */
  static boolean isDatelineAgency(DocumentView view, NameMention mention) {
    Sentence sentence = view.sentence(mention.sentence());
    List<Token> tokens = sentence.tokens();
    int begin = mention.tokenBegin();
    int end = mention.tokenEnd();
    boolean first = sentence.index() < DATELINE_SENTENCES;
    boolean bracketed =
        begin > 0
            && end < tokens.size()
            && Brackets.isOpening(tokens.get(begin - 1).word())
            && Brackets.isClosing(tokens.get(end).word());
    String opening = view.tokenText(sentence, 0);
    boolean dateline =
        opening.length() >= 3 && opening.equals(opening.toUpperCase(java.util.Locale.ROOT));
    return first && bracketed && dateline && end <= DATELINE_TOKENS;
  }

  /** Words of an office whose "of"/"for" names a portfolio, not an organisation. */
  private static final Set<String> OFFICE_WORDS = Set.of("minister", "ministers", "secretary");

  /**
   * Whether an organisation mention is a minister's portfolio, part of a title: "Minister of
   * National Defence" (NER tags "National Defence") or "Cabinet Secretary for Defence" (NER tags
   * the whole title). The ministry itself ("Ministry of Defence") is kept.
   */
  static boolean isPortfolio(DocumentView view, NameMention mention) {
    if (mention.ner() != NerTag.ORGANIZATION) {
      return false;
    }
    List<Token> tokens = view.sentence(mention.sentence()).tokens();
    int begin = mention.tokenBegin();
    boolean afterOffice =
        begin >= 2
            && PREPOSITIONS.contains(tokens.get(begin - 1).word())
            && OFFICE_WORDS.contains(lower(tokens.get(begin - 2).word()));
    boolean isOffice = false;
    for (int i = begin; i + 1 < mention.tokenEnd() && i < begin + 2; i++) {
      isOffice |=
          OFFICE_WORDS.contains(lower(tokens.get(i).word()))
              && PREPOSITIONS.contains(tokens.get(i + 1).word());
    }
    return afterOffice || isOffice;
  }

  private static final Set<String> PREPOSITIONS = Set.of("of", "for");

  private static String lower(String word) {
    return word.toLowerCase(java.util.Locale.ROOT);
  }
}

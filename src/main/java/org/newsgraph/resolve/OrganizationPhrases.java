package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds organisation names that CoreNLP's NER splits into pieces of other types or does not tag,
 * with two general patterns over the words of {@value #WORDS}:
 *
 * <ul>
 *   <li>a run of two or more capitalised words that ends in an organisation word is one
 *       organisation name ("East African Community", tagged MISC + NATIONALITY + MISC), unless
 *       "and", "&" or "of" after a capitalised word comes right before it (it is the tail of a
 *       longer name: "Oil and Gas Climate Initiative");
 *   <li>a run of two or more capitalised words that starts with "Operation", "Exercise" or
 *       "Mission" names a mission, an organisation for the graph ("Exercise Southern Shield 2025",
 *       with its year);
 *   <li>a capitalised word no mention covers, or two to four proper nouns NER left untagged,
 *       followed by a comma and an apposition headed by an organisation word, is an organisation
 *       ("Andino, the regional trade bloc", "Norby Mobilité, a Lyon-based group").
 * </ul>
 *
 * A found name replaces the mentions it covers and a MISC mention that ends with it ("French-led
 * Operation X"); a name that would cut through another mention, or that is already one organisation
 * mention, is left alone. Weak sentences (headings, bylines) are skipped.
 */
final class OrganizationPhrases implements MentionRepair {

  static final String WORDS = "org/newsgraph/resolve/organization-words.txt";

  /** NER types that cannot be part of an organisation's name. */
  private static final Set<NerTag> FOREIGN_TYPES =
      Set.of(
          NerTag.PERSON,
          NerTag.TITLE,
          NerTag.DATE,
          NerTag.TIME,
          NerTag.NUMBER,
          NerTag.ORDINAL,
          NerTag.MONEY,
          NerTag.PERCENT,
          NerTag.DURATION);

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** Words that join two parts of one name ("Oil and Gas Climate Initiative"). */
  private static final Set<String> CONNECTORS = Set.of("and", "&", "of");

  /** Capitalised words that start the name of a military mission or exercise. */
  private static final Set<String> MISSION_WORDS = Set.of("Operation", "Exercise", "Mission");

  private static final int MAX_MODIFIERS = 6;

  private final Set<String> organizationWords;

  OrganizationPhrases(Set<String> organizationWords) {
    this.organizationWords = Set.copyOf(organizationWords);
  }

  /** The patterns with the words of {@value #WORDS}. */
  static OrganizationPhrases loadDefault() {
    return new OrganizationPhrases(Set.copyOf(RuleFile.lines(WORDS)));
  }

  /** The mentions with the organisation names found in the document put in place. */
  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (Sentence sentence : view.sentences()) {
      if (view.isWeak(sentence.index())) {
        continue;
      }
      for (int[] span : spans(view, sentence)) {
        NameMention found =
            view.mention(
                sentence, span[0], span[1], NerTag.ORGANIZATION, NameMention.Origin.REPAIRED);
        replace(out, found);
      }
    }
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }

  private List<int[]> spans(DocumentView view, Sentence sentence) {
    List<int[]> spans = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int i = 0;
    while (i < tokens.size()) {
      int end = i;
      while (end < tokens.size() && isNameWord(view, sentence, end)) {
        end++;
      }
      if (MISSION_WORDS.contains(view.tokenText(sentence, i))) {
        int missionEnd = missionEnd(view, sentence, i);
        if (missionEnd - i >= 2) {
          spans.add(new int[] {i, withYear(view, sentence, missionEnd)});
          i = missionEnd;
          continue;
        }
      }
      if (end - i >= 2
          && isOrganizationWord(tokens.get(end - 1))
          && !tailOfName(view, sentence, i)) {
        spans.add(new int[] {i, end});
      } else if ((end - i == 1 || untaggedProperNames(sentence, i, end))
          && describedAsOrganization(sentence, end)) {
        spans.add(new int[] {i, end});
      }
      i = Math.max(end, i + 1);
    }
    return spans;
  }

  /**
   * Whether the run at {@code start} is the tail of a longer name joined by "and", "&" or "of" to a
   * capitalised word before it ("Oil and Gas Climate Initiative", "Latin American and Caribbean
   * Network"): the run alone would cut the name, so it is left to NER.
   */
  private static boolean tailOfName(DocumentView view, Sentence sentence, int start) {
    if (start < 2) {
      return false;
    }
    String connector = view.tokenText(sentence, start - 1);
    String before = view.tokenText(sentence, start - 2);
    return CONNECTORS.contains(connector) && Character.isUpperCase(before.codePointAt(0));
  }

  /**
   * The end of a mission's name: the capitalised words after "Operation" whatever their part of
   * speech ("Operation Inherent Resolve", tagged NN JJ VB).
   */
  private static int missionEnd(DocumentView view, Sentence sentence, int start) {
    int end = start + 1;
    while (end < sentence.tokens().size()) {
      String word = view.tokenText(sentence, end);
      Token token = sentence.tokens().get(end);
      if (!Character.isUpperCase(word.codePointAt(0)) || FOREIGN_TYPES.contains(token.ner())) {
        break;
      }
      end++;
    }
    return end;
  }

  /** The end of the name with a year right after it ("Exercise Southern Shield 2025"). */
  private static int withYear(DocumentView view, Sentence sentence, int end) {
    boolean year =
        end < sentence.tokens().size() && view.tokenText(sentence, end).matches("(19|20)\\d\\d");
    return year ? end + 1 : end;
  }

  private boolean isNameWord(DocumentView view, Sentence sentence, int index) {
    Token token = sentence.tokens().get(index);
    String word = view.tokenText(sentence, index);
    return Character.isUpperCase(word.codePointAt(0))
        && (PosTag.isNoun(token.pos()) || PosTag.isPlainAdjective(token.pos()))
        && !FOREIGN_TYPES.contains(token.ner());
  }

  private boolean isOrganizationWord(Token token) {
    return organizationWords.contains(token.lemma().toLowerCase(Locale.ROOT))
        || organizationWords.contains(token.word().toLowerCase(Locale.ROOT));
  }

  /** The most words of an untagged proper name an apposition describes. */
  private static final int MAX_UNTAGGED_WORDS = 4;

  /**
   * Whether the run holds two to {@value #MAX_UNTAGGED_WORDS} proper nouns that NER left untagged
   * (or tagged MISC): "Norby Mobilité, a Lyon-based group", a foreign company name NER does not
   * know.
   */
  private static boolean untaggedProperNames(Sentence sentence, int start, int end) {
    if (end - start < 2 || end - start > MAX_UNTAGGED_WORDS) {
      return false;
    }
    for (int k = start; k < end; k++) {
      Token token = sentence.tokens().get(k);
      if (!PosTag.isProperNoun(token.pos()) || !isNoneOrMisc(token.ner())) {
        return false;
      }
    }
    return true;
  }

  /** ", the [modifiers] NOUN" with an organisation word as NOUN, at {@code comma}. */
  private boolean describedAsOrganization(Sentence sentence, int comma) {
    List<Token> tokens = sentence.tokens();
    if (comma + 2 >= tokens.size()
        || !tokens.get(comma).word().equals(",")
        || !DETERMINERS.contains(tokens.get(comma + 1).word().toLowerCase(Locale.ROOT))
        || !isNoneOrMisc(tokens.get(comma - 1).ner())) {
      return false;
    }
    int head = -1;
    for (int k = comma + 2; k < tokens.size() && k <= comma + 2 + MAX_MODIFIERS; k++) {
      String pos = tokens.get(k).pos();
      if (PosTag.isNoun(pos)) {
        head = k;
      } else if (pos.equals("POS")) {
        // "the Freedonian Union's framework": the owner is no head
        head = -1;
      } else if (!isModifier(tokens, k)) {
        break;
      }
    }
    return head > 0 && isOrganizationWord(tokens.get(head));
  }

  private static boolean isNoneOrMisc(NerTag ner) {
    return ner == NerTag.O || ner == NerTag.MISC;
  }

  /** An adjective, number or hyphen, or a participle before a noun or adjective ("-led"). */
  private static boolean isModifier(List<Token> tokens, int k) {
    String pos = tokens.get(k).pos();
    if (PosTag.isAdjective(pos) || PosTag.isCardinalNumber(pos) || PosTag.isHyphen(pos)) {
      return true;
    }
    boolean participle = PosTag.isParticiple(pos);
    return participle && k + 1 < tokens.size() && isNounOrAdjective(tokens.get(k + 1).pos());
  }

  private static boolean isNounOrAdjective(String pos) {
    return PosTag.isNoun(pos) || PosTag.isAdjective(pos);
  }

  /** Puts the found name in place of the mentions it covers, unless it cuts through one. */
  private static void replace(List<NameMention> mentions, NameMention found) {
    List<NameMention> covered = new ArrayList<>();
    for (NameMention m : mentions) {
      if (!m.docId().equals(found.docId()) || !m.overlaps(found)) {
        continue;
      }
      boolean inside = m.begin() >= found.begin() && m.end() <= found.end();
      boolean same = m.begin() == found.begin() && m.end() == found.end();
      boolean miscBefore = m.ner() == NerTag.MISC && m.end() <= found.end();
      if ((!inside && !miscBefore) || (same && m.ner() == NerTag.ORGANIZATION)) {
        return;
      }
      covered.add(m);
    }
    mentions.removeAll(covered);
    mentions.add(found);
  }
}

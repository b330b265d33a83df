package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds place names CoreNLP's NER splits, mistypes or does not tag, with two general patterns:
 *
 * <ul>
 *   <li>a run of capitalised proper nouns followed by a lower-case kind of administrative division
 *       ({@value #KIND_WORDS}) is one place with that word ("Haiti's Centre department", "the Wadi
 *       Fira province", NER: CITY + LOCATION);
 *   <li>two or more capitalised proper nouns ending in a kind of water body or landform, or
 *       starting with "River", "Lake" or "Mount" ({@value #FEATURE_WORDS}), are one place ("Ivindo
 *       River", NER: LOCATION + TITLE; "River Soar"; "Carmarthen Bay", NER: CITY).
 * </ul>
 *
 * A found name is a vague LOCATION (a known town becomes a city later) and replaces the mentions it
 * covers; a name that cuts through another mention, or that is an organisation's or a country's
 * mention, is left alone. Weak sentences (headings, bylines) are skipped for the second pattern.
 */
final class PlacePhrases implements MentionRepair {

  static final String KIND_WORDS = "org/newsgraph/resolve/place-kind-words.txt";
  static final String FEATURE_WORDS = "org/newsgraph/resolve/geographic-name-words.txt";

  /** NER types of words that cannot be part of a place's name. */
  private static final Set<NerTag> FOREIGN_TYPES =
      Set.of(
          NerTag.DATE,
          NerTag.TIME,
          NerTag.NUMBER,
          NerTag.ORDINAL,
          NerTag.MONEY,
          NerTag.PERCENT,
          NerTag.DURATION,
          NerTag.NATIONALITY);

  /** Mention types a found place does not replace. */
  private static final Set<NerTag> KEPT_TYPES =
      Set.of(NerTag.ORGANIZATION, NerTag.COUNTRY, NerTag.STATE_OR_PROVINCE);

  private final Set<String> kindWords;
  private final Set<String> endWords = new HashSet<>();
  private final Set<String> startWords = new HashSet<>();

  PlacePhrases() {
    this(RuleFile.lines(KIND_WORDS), RuleFile.lines(FEATURE_WORDS));
  }

  /**
   * @param kindWords lower-case division words
   * @param featureLines feature words, a line "Word start" for a word that starts names
   */
  PlacePhrases(List<String> kindWords, List<String> featureLines) {
    this.kindWords = Set.copyOf(kindWords);
    for (String line : featureLines) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length > 1 && parts[1].equals("start")) {
        startWords.add(parts[0]);
      } else {
        endWords.add(parts[0]);
      }
    }
  }

  /** The kinds of administrative division of {@value #KIND_WORDS}. */
  static List<String> kindWords() {
    return RuleFile.lines(KIND_WORDS);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      int i = 0;
      while (i < tokens.size()) {
        int end = runEnd(view, sentence, i);
        if (end == i) {
          i++;
          continue;
        }
        int[] span = span(view, sentence, i, end);
        if (span != null) {
          replace(
              out,
              view.mention(
                  sentence, span[0], span[1], NerTag.LOCATION, NameMention.Origin.REPAIRED));
        }
        i = end;
      }
    }
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }

  private int[] span(DocumentView view, Sentence sentence, int begin, int end) {
    int size = sentence.tokens().size();
    if (end < size && kindWords.contains(view.tokenText(sentence, end))) {
      return new int[] {begin, end + 1};
    }
    if (view.isWeak(sentence.index()) || end - begin < 2) {
      return null;
    }
    if (endWords.contains(view.tokenText(sentence, end - 1))
        || startWords.contains(view.tokenText(sentence, begin))) {
      return new int[] {begin, end};
    }
    return null;
  }

  /** The end of the run of capitalised proper nouns (joined by hyphens) from {@code begin}. */
  private static int runEnd(DocumentView view, Sentence sentence, int begin) {
    int end = begin;
    while (end < sentence.tokens().size()) {
      if (isNameWord(view, sentence, end)) {
        end++;
      } else if (end > begin
          && PosTag.isHyphen(sentence.tokens().get(end).pos())
          && end + 1 < sentence.tokens().size()
          && isNameWord(view, sentence, end + 1)) {
        end += 2;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isNameWord(DocumentView view, Sentence sentence, int index) {
    Token token = sentence.tokens().get(index);
    String word = view.tokenText(sentence, index);
    return Character.isUpperCase(word.codePointAt(0))
        && token.pos().startsWith("NNP")
        && !FOREIGN_TYPES.contains(token.ner());
  }

  /**
   * Puts the found place in place of the mentions it covers, unless it cuts through one or is
   * already a place mention of that span, or covers an organisation or country.
   */
  private static void replace(List<NameMention> mentions, NameMention found) {
    List<NameMention> covered = new ArrayList<>();
    for (NameMention m : mentions) {
      if (!m.docId().equals(found.docId()) || !m.overlaps(found)) {
        continue;
      }
      boolean inside = m.begin() >= found.begin() && m.end() <= found.end();
      boolean same = m.begin() == found.begin() && m.end() == found.end();
      if (!inside || KEPT_TYPES.contains(m.ner()) || (same && m.ner() == NerTag.LOCATION)) {
        return;
      }
      covered.add(m);
    }
    mentions.removeAll(covered);
    mentions.add(found);
  }
}

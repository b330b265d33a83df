package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Dependency;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Organisation names NER ended too early, run on to their true end by the sentence's structure:
 *
 * <ul>
 *   <li>the words a name's "of"/"for" complement is coordinated with ({@code conj} in the
 *       dependency parse), when only capitalised words without an organisation word ({@value
 *       OrganizationPhrases#WORDS}), commas and "and" lie between ("the University of Norby and
 *       Aston University" is two names): "the Ministry of Livestock, Fisheries and Animal
 *       Industries" (NER: "Ministry of Livestock" and "Fisheries and Animal Industries"), "Ministry
 *       for Europe and Foreign Affairs";
 *   <li>an "of"/"for" phrase of capitalised words right after the name that the parse attaches to
 *       the name ({@code nmod:of}, {@code nmod:for}), when those words are a place or untagged:
 *       "the National Museum of Art of Romania", "the UNICEF Regional Office for South Asia" (not
 *       after a company's legal form, which ends its name: "Acme s.r.o. of Plzeň" is in Plzeň);
 *   <li>the same for an organisation word ({@value OrganizationPhrases#WORDS}) written alone as a
 *       name's head, untagged or an organisation mention of its own, before "of (the)" and a place
 *       NER tagged: "the Parliament of Freedonia" (NER: ORGANIZATION + COUNTRY), "the University of
 *       the Norby Islands" (NER: O + LOCATION);
 *   <li>a Roman numeral right after the name: "the University of Yaoundé I, ...".
 * </ul>
 *
 * The run-on name replaces the mentions it covers; a name that would cut through another mention is
 * left alone.
 */
final class OrganizationNameEnds implements MentionRepair {

  private static final Set<String> PREPOSITIONS = Set.of("of", "for");

  private static final Set<String> ROMAN_NUMERALS =
      Set.of("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X");

  /** Types of the mentions an "of"/"for" phrase may be to join the name. */
  private static final Set<NerTag> PLACE_TYPES =
      Set.of(NerTag.O, NerTag.LOCATION, NerTag.COUNTRY, NerTag.CITY, NerTag.STATE_OR_PROVINCE);

  /** Types of words that never join a name by coordination. */
  private static final Set<NerTag> FOREIGN_TYPES =
      Set.of(
          NerTag.PERSON,
          NerTag.COUNTRY,
          NerTag.CITY,
          NerTag.NATIONALITY,
          NerTag.TITLE,
          NerTag.DATE,
          NerTag.NUMBER);

  private final Set<String> organizationWords;

  /**
   * Words that head a state's formal name ("Union of ..."), never an organisation's before a
   * country.
   */
  private final Set<String> stateHeads =
      Set.copyOf(RuleFile.lines("org/newsgraph/resolve/state-name-heads.txt"));

  OrganizationNameEnds() {
    this.organizationWords = Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS));
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (NameMention mention : mentions) {
      if (mention.ner() != NerTag.ORGANIZATION
          || mention.tokenEnd() - mention.tokenBegin() < 2
          || !out.contains(mention)) {
        continue;
      }
      Sentence sentence = view.sentence(mention.sentence());
      int end = runOn(view, sentence, mention);
      if (end > mention.tokenEnd()) {
        replace(
            out,
            mention,
            view.mention(
                sentence,
                mention.tokenBegin(),
                end,
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED));
      }
    }
    for (Sentence sentence : view.sentences()) {
      for (int k = 0; k + 2 < sentence.tokens().size(); k++) {
        if (!isHeadWord(view, sentence, k, out)) {
          continue;
        }
        NameMention head =
            view.mention(sentence, k, k + 1, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED);
        int place = view.tokenText(sentence, k + 2).equals("the") ? k + 3 : k + 2;
        boolean named =
            place < sentence.tokens().size()
                && sentence.tokens().get(place).ner().isPlace()
                && !(sentence.tokens().get(place).ner() == NerTag.COUNTRY
                    && stateHeads.contains(view.tokenText(sentence, k).toLowerCase(Locale.ROOT)));
        int end = named ? ofPlace(view, sentence, head, true) : k + 1;
        if (end > k + 1) {
          replace(
              out,
              head,
              view.mention(sentence, k, end, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED));
        }
      }
    }
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }

  /**
   * Whether token k is an organisation word written alone as a name's head, before "of (the)" and a
   * place NER tagged ("the Parliament of ...", "the University of the ..."): capitalised, a proper
   * noun, after no other capitalised proper noun, untagged by any mention or an organisation
   * mention of its own.
   */
  private boolean isHeadWord(DocumentView view, Sentence sentence, int k, List<NameMention> out) {
    Token token = sentence.tokens().get(k);
    String word = view.tokenText(sentence, k);
    if (!Character.isUpperCase(word.codePointAt(0))
        || !PosTag.isProperNoun(token.pos())
        || !organizationWords.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    if (k > 0) {
      String before = view.tokenText(sentence, k - 1);
      if (Character.isUpperCase(before.codePointAt(0))
          && PosTag.isProperNoun(sentence.tokens().get(k - 1).pos())) {
        return false;
      }
    }
    for (NameMention m : out) {
      if (m.docId().equals(view.id()) && m.sentence() == sentence.index()) {
        boolean covers = m.tokenBegin() <= k && m.tokenEnd() > k;
        boolean alone =
            m.tokenBegin() == k && m.tokenEnd() == k + 1 && m.ner() == NerTag.ORGANIZATION;
        if (covers && !alone) {
          return false;
        }
      }
    }
    return true;
  }

  /** The token just past the name's true end, or the mention's end. */
  private int runOn(DocumentView view, Sentence sentence, NameMention mention) {
    int end = Math.max(coordinated(view, sentence, mention), ofPlace(view, sentence, mention));
    return end > mention.tokenEnd() ? end : romanNumeral(view, sentence, mention.tokenEnd());
  }

  /** The end of the last conjunct of the name's "of"/"for" complement after the mention. */
  int coordinated(DocumentView view, Sentence sentence, NameMention mention) {
    int complement = -1;
    for (int k = mention.tokenBegin() + 1; k < mention.tokenEnd() - 1; k++) {
      if (PREPOSITIONS.contains(view.tokenText(sentence, k))) {
        complement = k + 1;
        break;
      }
    }
    if (complement < 0) {
      return mention.tokenEnd();
    }
    int last = -1;
    for (Dependency d : sentence.dependencies()) {
      if (d.relation().startsWith("conj")
          && d.governor() >= complement
          && d.governor() < mention.tokenEnd()
          && d.dependent() >= mention.tokenEnd()) {
        last = Math.max(last, d.dependent());
      }
    }
    if (last < 0) {
      return mention.tokenEnd();
    }
    for (int k = mention.tokenEnd(); k <= last; k++) {
      Token token = sentence.tokens().get(k);
      String word = view.tokenText(sentence, k);
      boolean joiner = word.equals(",") || word.equals("and");
      boolean nameWord =
          Character.isUpperCase(word.codePointAt(0))
              && PosTag.isProperNoun(token.pos())
              && !FOREIGN_TYPES.contains(token.ner());
      if (!joiner && (!nameWord || organizationWords.contains(word.toLowerCase(Locale.ROOT)))) {
        return mention.tokenEnd();
      }
    }
    return last + 1;
  }

  /** The end of an "of"/"for" place phrase the parse attaches to the name. */
  static int ofPlace(DocumentView view, Sentence sentence, NameMention mention) {
    return ofPlace(view, sentence, mention, false);
  }

  /**
   * The end of an "of"/"for" place phrase the parse attaches to the name; with {@code article}, the
   * phrase may start with "the" ("the University of the Freedonian Islands").
   */
  static int ofPlace(DocumentView view, Sentence sentence, NameMention mention, boolean article) {
    int p = mention.tokenEnd();
    List<Token> tokens = sentence.tokens();
    if (p + 1 >= tokens.size()
        || !PREPOSITIONS.contains(view.tokenText(sentence, p))
        || ClusterKeys.hasLegalForm(mention.text())) {
      return p;
    }
    int start = p + 1;
    if (article && view.tokenText(sentence, start).equals("the") && start + 1 < tokens.size()) {
      start++;
    }
    int end = start;
    NerTag type = tokens.get(end).ner();
    while (end < tokens.size()
        && Character.isUpperCase(view.tokenText(sentence, end).codePointAt(0))
        && PosTag.isProperNoun(tokens.get(end).pos())
        && PLACE_TYPES.contains(tokens.get(end).ner())) {
      end++;
    }
    if (end == start || !PLACE_TYPES.contains(type)) {
      return p;
    }
    if (end < tokens.size() && isPossessive(view.tokenText(sentence, end))) {
      return p;
    }
    for (Dependency d : sentence.dependencies()) {
      boolean attached =
          (d.relation().equals("nmod:of") || d.relation().equals("nmod:for"))
              && d.governor() >= mention.tokenBegin()
              && d.governor() < mention.tokenEnd()
              && d.dependent() >= start
              && d.dependent() < end;
      if (attached) {
        return end;
      }
    }
    return p;
  }

  /** The end of a Roman numeral at {@code at} that closes the name, or {@code at}. */
  static int romanNumeral(DocumentView view, Sentence sentence, int at) {
    List<Token> tokens = sentence.tokens();
    if (at >= tokens.size() || !ROMAN_NUMERALS.contains(view.tokenText(sentence, at))) {
      return at;
    }
    if (at + 1 == tokens.size()) {
      return at + 1;
    }
    String next = view.tokenText(sentence, at + 1);
    boolean punctuation = !Character.isLetterOrDigit(next.codePointAt(0));
    boolean lowerCase = Character.isLowerCase(next.codePointAt(0));
    boolean ends =
        view.tokenText(sentence, at).equals("I") ? punctuation : punctuation || lowerCase;
    return ends && !isPossessive(next) ? at + 1 : at;
  }

  private static boolean isPossessive(String word) {
    return word.equals("'s") || word.equals("’s");
  }

  /** Puts the run-on name in place of the mention and the mentions it covers. */
  private static void replace(List<NameMention> mentions, NameMention mention, NameMention found) {
    List<NameMention> covered = new ArrayList<>();
    for (NameMention m : mentions) {
      if (!m.docId().equals(found.docId()) || !m.overlaps(found)) {
        continue;
      }
      if (m.begin() < found.begin() || m.end() > found.end()) {
        return;
      }
      covered.add(m);
    }
    mentions.removeAll(covered);
    mentions.add(found);
  }
}

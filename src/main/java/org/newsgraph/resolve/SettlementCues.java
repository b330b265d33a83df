package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Names the text itself calls a settlement are cities, whatever NER made of them (it often tags a
 * town it does not know as an organisation, a person or a vague location):
 *
 * <ul>
 *   <li>an apposition headed by a word of {@value #WORDS}: "Ashford, a market town in ...",
 *       "Ashford, the capital of ...";
 *   <li>that word, "of" and the name: "the town of Ashford";
 *   <li>a name before "-based" or "-headquartered": "an Ashford-based firm" names a place, a city
 *       unless NER or the gazetteer knows it as a country or another kind of place;
 *   <li>a place name whose last word is "City" ("Freedonia City").
 * </ul>
 *
 * The name is the mention right there (retyped) or, when NER tagged nothing, the run of capitalised
 * proper nouns (a new mention). Country names are never retyped.
 */
final class SettlementCues implements MentionRepair {

  static final String WORDS = "org/newsgraph/resolve/settlement-words.txt";

  /** Types a settlement cue overrides: NER's guesses for names it does not know. */
  private static final Set<NerTag> OVERRIDDEN =
      Set.of(NerTag.ORGANIZATION, NerTag.PERSON, NerTag.MISC, NerTag.LOCATION);

  /** Types "-based" overrides: a vague LOCATION may be a region, so it stays. */
  private static final Set<NerTag> OVERRIDDEN_BY_BASED =
      Set.of(NerTag.ORGANIZATION, NerTag.PERSON, NerTag.MISC);

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final int MAX_MODIFIERS = 4;
  private static final int MAX_NAME_TOKENS = 4;

  private final Set<String> words;
  private final PlaceGazetteer places;

  SettlementCues(PlaceGazetteer places) {
    this(places, Set.copyOf(RuleFile.lines(WORDS)));
  }

  SettlementCues(PlaceGazetteer places, Set<String> words) {
    this.places = places;
    this.words = Set.copyOf(words);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (Sentence sentence : view.sentences()) {
      if (view.isWeak(sentence.index())) {
        continue;
      }
      int size = sentence.tokens().size();
      for (int i = 0; i < size; i++) {
        String word = view.tokenText(sentence, i);
        if (word.equals(",") && appositionNamesSettlement(view, sentence, i + 1)) {
          city(view, sentence, out, nameEndingAt(view, sentence, out, i), OVERRIDDEN);
        } else if (words.contains(word)
            && !word.equals("capital")
            && followedByOf(view, sentence, i)) {
          city(view, sentence, out, nameStartingAt(view, sentence, out, i + 2), OVERRIDDEN);
        } else if (isBased(view, sentence, i)) {
          city(view, sentence, out, nameEndingAt(view, sentence, out, i), OVERRIDDEN_BY_BASED);
        }
      }
    }
    out.replaceAll(
        m -> m.ner() == NerTag.LOCATION && m.text().endsWith(" City") ? m.withNer(NerTag.CITY) : m);
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }

  /** "-" and "based"/"headquartered" from the token on. */
  private static boolean isBased(DocumentView view, Sentence sentence, int i) {
    int size = sentence.tokens().size();
    if (i + 1 >= size || !view.tokenText(sentence, i).equals("-")) {
      return false;
    }
    String next = view.tokenText(sentence, i + 1);
    return next.equals("based") || next.equals("headquartered");
  }

  /** "a (small market) town", the settlement word heading the phrase (no noun after it). */
  private boolean appositionNamesSettlement(DocumentView view, Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    if (start >= tokens.size() || !DETERMINERS.contains(view.tokenText(sentence, start))) {
      return false;
    }
    for (int i = start + 1; i < tokens.size() && i <= start + 1 + MAX_MODIFIERS; i++) {
      String word = view.tokenText(sentence, i);
      if (words.contains(word)) {
        return i + 1 >= tokens.size() || !tokens.get(i + 1).pos().startsWith("NN");
      }
      String pos = tokens.get(i).pos();
      boolean lowerCase = word.equals(word.toLowerCase(java.util.Locale.ROOT));
      boolean modifier =
          pos.startsWith("JJ") || pos.equals("NN") || pos.equals("CD") || pos.equals("HYPH");
      if (!modifier || !lowerCase) {
        return false;
      }
    }
    return false;
  }

  private static boolean followedByOf(DocumentView view, Sentence sentence, int i) {
    return i + 2 < sentence.tokens().size()
        && view.tokenText(sentence, i + 1).equals("of")
        && i > 0
        && DETERMINERS.contains(view.tokenText(sentence, i - 1).toLowerCase(java.util.Locale.ROOT));
  }

  /** The mention that ends right before the token, or the untagged proper nouns there. */
  private static Optional<Span> nameEndingAt(
      DocumentView view, Sentence sentence, List<NameMention> mentions, int end) {
    for (NameMention m : mentions) {
      if (m.docId().equals(view.id()) && m.sentence() == sentence.index() && m.tokenEnd() == end) {
        return Optional.of(new Span(m.tokenBegin(), end, m));
      }
    }
    int begin = end;
    while (begin > 0 && end - begin < MAX_NAME_TOKENS && untaggedName(view, sentence, begin - 1)) {
      begin--;
    }
    return begin < end ? Optional.of(new Span(begin, end, null)) : Optional.empty();
  }

  /** The mention that starts at the token, or the untagged proper nouns there. */
  private static Optional<Span> nameStartingAt(
      DocumentView view, Sentence sentence, List<NameMention> mentions, int begin) {
    for (NameMention m : mentions) {
      if (m.docId().equals(view.id())
          && m.sentence() == sentence.index()
          && m.tokenBegin() == begin) {
        return Optional.of(new Span(begin, m.tokenEnd(), m));
      }
    }
    int end = begin;
    int size = sentence.tokens().size();
    while (end < size && end - begin < MAX_NAME_TOKENS && untaggedName(view, sentence, end)) {
      end++;
    }
    return begin < end ? Optional.of(new Span(begin, end, null)) : Optional.empty();
  }

  private static boolean untaggedName(DocumentView view, Sentence sentence, int i) {
    Token token = sentence.tokens().get(i);
    String word = view.tokenText(sentence, i);
    return token.ner() == NerTag.O
        && PosTag.isProperNoun(token.pos())
        && Character.isUpperCase(word.charAt(0));
  }

  private void city(
      DocumentView view,
      Sentence sentence,
      List<NameMention> mentions,
      Optional<Span> span,
      Set<NerTag> overridden) {
    if (span.isEmpty()) {
      return;
    }
    Span name = span.get();
    if (name.mention() != null) {
      NameMention m = name.mention();
      if (Initials.isAcronym(m.text())) {
        return; // "EU-based"
      }
      boolean knownPlace =
          places.country(m.text()).isPresent()
              || places.territory(m.text()).isPresent()
              || places.region(m.text()).isPresent();
      if (overridden.contains(m.ner()) && !knownPlace) {
        mentions.set(mentions.indexOf(m), m.withNer(NerTag.CITY));
      }
      return;
    }
    NameMention created =
        view.mention(sentence, name.begin(), name.end(), NerTag.CITY, NameMention.Origin.REPAIRED);
    if (places.country(created.text()).isEmpty()) {
      mentions.add(created);
    }
  }

  private record Span(int begin, int end, NameMention mention) {}
}

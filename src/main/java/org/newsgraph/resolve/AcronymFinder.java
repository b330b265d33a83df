package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Brackets;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds names the text defines itself:
 *
 * <ul>
 *   <li>"Long Name (LN)" and "Long Name, or LN," pair an acronym with the capitalised words before
 *       it whose initials it spells (function words skipped, number words as digits); an acronym in
 *       brackets that spells no initials ("(UEMOA)" after its English name) pairs with the
 *       organisation mention of two or more words right before it;
 *   <li>"..., known as the LN" / "called the LN" name a group: LN becomes an organisation mention;
 *   <li>"Defence Forces (Kaitsevägi Name)": a name in another language in brackets after an
 *       organisation is another name of it.
 * </ul>
 */
final class AcronymFinder {

  /** An acronym and the long name it abbreviates, both as mentions. */
  record Definition(NameMention longName, NameMention acronym) {}

  private static final Set<String> QUOTES = Set.of("\"", "“", "”", "'", "‘", "’", "``", "''");
  private static final Set<String> NAMING_VERBS = Set.of("known", "called", "dubbed", "named");
  private static final int MAX_LONG_NAME_TOKENS = 12;

  /** Acronym definitions with their long names. */
  List<Definition> definitions(DocumentView view, List<NameMention> nerMentions) {
    List<Definition> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      int size = sentence.tokens().size();
      for (int i = 1; i + 1 < size; i++) {
        int acronymAt = acronymAfterMarker(view, sentence, i);
        if (acronymAt < 0) {
          continue;
        }
        String acronym = view.tokenText(sentence, acronymAt);
        int longEnd = i;
        while (longEnd > 0 && QUOTES.contains(view.tokenText(sentence, longEnd - 1))) {
          longEnd--;
        }
        int longBegin = longNameStart(view, sentence, longEnd, acronym);
        if (longBegin >= 0) {
          longBegin =
              enclosingOrganizationStart(nerMentions, view.id(), sentence, longBegin, longEnd);
        }
        if (longBegin < 0 && Brackets.isOpening(sentence.tokens().get(i).word())) {
          longBegin = organizationEndingAt(nerMentions, view.id(), sentence, longEnd);
          if (longBegin < 0) {
            longBegin = organizationRunningOn(view, nerMentions, sentence, longEnd, acronym);
          }
        }
        if (longBegin >= 0) {
          NerTag ner = nerOf(nerMentions, view.id(), sentence, longBegin, longEnd);
          found.add(
              new Definition(
                  view.mention(sentence, longBegin, longEnd, ner, NameMention.Origin.DEFINED),
                  view.mention(
                      sentence, acronymAt, acronymAt + 1, ner, NameMention.Origin.DEFINED)));
        }
      }
      found.addAll(appositiveDefinitions(view, nerMentions, sentence));
    }
    return found;
  }

  /** Words after which an organisation name in apposition to an acronym goes on in a list. */
  private static final Set<String> LIST_WORDS = Set.of("and", "or", "the", "a", "an", "as");

  /** Tokens that close an apposition. */
  private static final Set<String> APPOSITION_ENDS = Set.of(".", ";", ":", ")", "!", "?");

  /**
   * "ACR, the Long Name": an acronym followed by ", the" and an organisation mention of two or more
   * tokens that ends its clause (a full stop, a semicolon, or a comma and a lower-case word that
   * does not go on with a list) names that organisation, whatever its initials ("member of ACR, the
   * Freedonian Industries Federation for Aerospace."). Not after a comma or a conjunction, which
   * would make the acronym one item of a list.
   */
  private static List<Definition> appositiveDefinitions(
      DocumentView view, List<NameMention> mentions, Sentence sentence) {
    List<Definition> found = new ArrayList<>();
    int size = sentence.tokens().size();
    for (int a = 0; a + 4 < size; a++) {
      String acronym = view.tokenText(sentence, a);
      if (!isCapitalsWord(acronym)
          || !view.tokenText(sentence, a + 1).equals(",")
          || !view.tokenText(sentence, a + 2).equalsIgnoreCase("the")
          || a > 0 && listGoesOn(view, sentence, a - 1)) {
        continue;
      }
      NerTag acronymNer = sentence.tokens().get(a).ner();
      if (acronymNer != NerTag.O && acronymNer != NerTag.ORGANIZATION) {
        continue;
      }
      for (NameMention mention : mentions) {
        boolean here =
            mention.docId().equals(view.id())
                && mention.sentence() == sentence.index()
                && mention.tokenBegin() == a + 3
                && mention.ner() == NerTag.ORGANIZATION
                && mention.tokenEnd() - mention.tokenBegin() >= 2
                && !Initials.isAcronym(mention.text());
        if (here && endsApposition(view, sentence, mention.tokenEnd())) {
          found.add(
              new Definition(
                  mention,
                  view.mention(
                      sentence, a, a + 1, NerTag.ORGANIZATION, NameMention.Origin.DEFINED)));
        }
      }
    }
    return found;
  }

  /**
   * Whether the word is written in capitals (and digits), with two capitals or more: an acronym of
   * up to eight letters ({@link Initials#isAcronym}) or a longer syllable acronym ("FREDTANKO").
   */
  private static boolean isCapitalsWord(String word) {
    return Initials.isAcronym(word)
        || word.length() <= MAX_CAPITALS_WORD && word.matches("\\p{Lu}[\\p{Lu}\\p{N}]+");
  }

  private static final int MAX_CAPITALS_WORD = 12;

  private static boolean listGoesOn(DocumentView view, Sentence sentence, int at) {
    String word = view.tokenText(sentence, at).toLowerCase(Locale.ROOT);
    return word.equals(",") || word.equals("and") || word.equals("or") || word.equals("&");
  }

  /** Whether the apposition ends at token {@code at}: a closing mark, or a comma and no list. */
  private static boolean endsApposition(DocumentView view, Sentence sentence, int at) {
    int size = sentence.tokens().size();
    if (at >= size || APPOSITION_ENDS.contains(view.tokenText(sentence, at))) {
      return true;
    }
    if (!view.tokenText(sentence, at).equals(",") || at + 1 >= size) {
      return false;
    }
    String next = view.tokenText(sentence, at + 1);
    return Character.isLowerCase(next.codePointAt(0))
        && !LIST_WORDS.contains(next.toLowerCase(Locale.ROOT));
  }

  /**
   * The first token of the organisation mention that ends at {@code end} and takes in the long name
   * the acronym's initials found, or {@code begin}: the initials of "Research Executive Agency"
   * spell REA, but the name NER tagged is "Freedonian Research Executive Agency (REA)".
   */
  private static int enclosingOrganizationStart(
      List<NameMention> mentions, String docId, Sentence sentence, int begin, int end) {
    for (NameMention mention : mentions) {
      boolean encloses =
          mention.docId().equals(docId)
              && mention.sentence() == sentence.index()
              && mention.ner() == NerTag.ORGANIZATION
              && mention.tokenEnd() == end
              && mention.tokenBegin() < begin
              && end - mention.tokenBegin() <= MAX_LONG_NAME_TOKENS;
      if (encloses) {
        return mention.tokenBegin();
      }
    }
    return begin;
  }

  /**
   * Names in another language given in brackets after an organisation: "the Freedonian Defence
   * Forces (Freedonia Kaitsevägi)" pairs the bracketed name, as an organisation mention, with the
   * organisation mention right before it, also after a language name ("(Freedonian: Name)") and
   * before an acronym ("(Name, ACR)"). The name must have two to eight words, capitalised apart
   * from short function words, that name no place, date or number.
   */
  List<Definition> bracketedNames(DocumentView view, List<NameMention> mentions) {
    List<Definition> found = new ArrayList<>();
    for (NameMention organization : mentions) {
      if (organization.ner() != NerTag.ORGANIZATION) {
        continue;
      }
      Sentence sentence = view.sentence(organization.sentence());
      int[] name = bracketedName(view, sentence, organization.tokenEnd());
      if (name != null) {
        found.add(
            new Definition(
                organization,
                view.mention(
                    sentence, name[0], name[1], NerTag.ORGANIZATION, NameMention.Origin.DEFINED)));
      }
    }
    return found;
  }

  private static final Set<NerTag> BRACKET_FOREIGN_TYPES =
      Set.of(
          NerTag.COUNTRY,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.LOCATION,
          NerTag.DATE,
          NerTag.NUMBER,
          NerTag.MONEY,
          NerTag.PERCENT);

  /**
   * The first token of a bracketed name starting at {@code open} and the token just past it, or
   * null: "(Name In Another Language)", "(Language: Name)", "(Name, ACRONYM)".
   */
  private static int[] bracketedName(DocumentView view, Sentence sentence, int open) {
    List<Token> tokens = sentence.tokens();
    if (open >= tokens.size() || !Brackets.isOpening(tokens.get(open).word())) {
      return null;
    }
    int start = open + 1;
    if (start + 1 < tokens.size() && tokens.get(start + 1).word().equals(":")) {
      start += 2;
    }
    int i = start;
    while (i < tokens.size() && !endsName(tokens.get(i).word())) {
      String word = view.tokenText(sentence, i);
      boolean capitalised = Character.isUpperCase(word.codePointAt(0));
      boolean function = word.length() <= 3 && Character.isLowerCase(word.codePointAt(0));
      if (!(capitalised || function) || BRACKET_FOREIGN_TYPES.contains(tokens.get(i).ner())) {
        return null;
      }
      i++;
    }
    int words = i - start;
    boolean named =
        i < tokens.size()
            && words >= 2
            && words <= 8
            && Character.isUpperCase(view.tokenText(sentence, i - 1).codePointAt(0));
    return named ? new int[] {start, i} : null;
  }

  private static final Set<String> NAME_ENDS = Set.of(",", ";");

  /** Whether the token word ends a bracketed name: a closing bracket, comma or semicolon. */
  private static boolean endsName(String word) {
    return Brackets.isClosing(word) || NAME_ENDS.contains(word);
  }

  /** Group names introduced by "known as (the) X", as organisation mentions. */
  List<NameMention> groupNames(DocumentView view) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 2 < tokens.size(); i++) {
        if (!NAMING_VERBS.contains(view.tokenText(sentence, i))
            || !view.tokenText(sentence, i + 1).equals("as")) {
          continue;
        }
        int at = i + 2;
        if (view.tokenText(sentence, at).equalsIgnoreCase("the") && at + 1 < tokens.size()) {
          at++;
        }
        if (Initials.isAcronym(view.tokenText(sentence, at))) {
          found.add(
              view.mention(sentence, at, at + 1, NerTag.ORGANIZATION, NameMention.Origin.DEFINED));
        }
      }
    }
    return found;
  }

  /** The index of the acronym when token i starts "( ACR )" or ", or ACR ,", else -1. */
  private static int acronymAfterMarker(DocumentView view, Sentence sentence, int i) {
    int size = sentence.tokens().size();
    String marker = view.tokenText(sentence, i);
    if (Brackets.isOpening(marker) || Brackets.isOpening(sentence.tokens().get(i).word())) {
      boolean closed = i + 2 < size && Brackets.isClosing(sentence.tokens().get(i + 2).word());
      return closed && Initials.isAcronym(view.tokenText(sentence, i + 1)) ? i + 1 : -1;
    }
    if (marker.equals(",") && i + 2 < size && view.tokenText(sentence, i + 1).equals("or")) {
      boolean ends =
          i + 3 >= size || Set.of(",", ".", ";", ")").contains(view.tokenText(sentence, i + 3));
      return ends && Initials.isAcronym(view.tokenText(sentence, i + 2)) ? i + 2 : -1;
    }
    return -1;
  }

  /**
   * The first token of the longest run of capitalised words (function words allowed inside) that
   * ends just before {@code end} and that the acronym abbreviates, or -1.
   */
  private static int longNameStart(DocumentView view, Sentence sentence, int end, String acronym) {
    int best = -1;
    for (int start = end - 1; start >= 0 && end - start <= MAX_LONG_NAME_TOKENS; start--) {
      String word = view.tokenText(sentence, start);
      boolean capitalised = Character.isUpperCase(word.codePointAt(0));
      boolean inside =
          capitalised
              || Initials.FUNCTION_WORDS.contains(word)
              || word.equals("-")
              || Character.isDigit(word.codePointAt(0));
      if (!inside) {
        break;
      }
      boolean functionWord = Initials.FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
      if (capitalised
          && !functionWord
          && Initials.abbreviates(acronym, view.spanText(sentence, start, end))) {
        best = start;
      }
    }
    return best;
  }

  /**
   * The first token of an organisation mention of two or more tokens that ends just before {@code
   * end}, or -1: "West African Economic and Monetary Union (UEMOA)" pairs a name with an acronym of
   * its name in another language, "Monitoring Group (ECOMOG)" with a syllable acronym.
   */
  private static int organizationEndingAt(
      List<NameMention> mentions, String docId, Sentence sentence, int end) {
    for (NameMention mention : mentions) {
      boolean here =
          mention.docId().equals(docId)
              && mention.sentence() == sentence.index()
              && mention.tokenEnd() == end;
      if (here
          && mention.ner() == NerTag.ORGANIZATION
          && mention.tokenEnd() - mention.tokenBegin() >= 2) {
        return mention.tokenBegin();
      }
    }
    return -1;
  }

  /**
   * The first token of an organisation mention of two or more tokens that NER ended early, or -1:
   * the words from its end to {@code end} go on with the name (capitalised words, short lower-case
   * connectors of any language, elided articles, commas): "Association Tchadienne pour l'Eau et la
   * Santé (ATES)", "Swiss Federal Institute for Forest, Snow and Landscape Research (WSL)". When
   * the words added name a place, the acronym must start with the name's first letter, so that a
   * source credit after "X in London (AFP)" is no definition.
   */
  private static int organizationRunningOn(
      DocumentView view, List<NameMention> mentions, Sentence sentence, int end, String acronym) {
    for (NameMention mention : mentions) {
      boolean before =
          mention.docId().equals(view.id())
              && mention.sentence() == sentence.index()
              && mention.ner() == NerTag.ORGANIZATION
              && mention.tokenEnd() - mention.tokenBegin() >= 2
              && mention.tokenEnd() < end
              && end - mention.tokenBegin() <= MAX_LONG_NAME_TOKENS;
      if (!before || !continuesName(view, sentence, mention.tokenEnd(), end)) {
        continue;
      }
      boolean namesPlace = false;
      for (int t = mention.tokenEnd(); t < end; t++) {
        namesPlace |= sentence.tokens().get(t).ner().isPlace();
      }
      boolean sameInitial =
          Character.toUpperCase(mention.text().codePointAt(0)) == acronym.codePointAt(0);
      if (!namesPlace || sameInitial) {
        return mention.tokenBegin();
      }
    }
    return -1;
  }

  private static final Set<String> NAME_JOINERS = Set.of(",", "-", "–", "&");

  /** Lower-case words that join the parts of a name, in English and other languages. */
  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "for", "on", "at", "in", "against", "and", "the", "de", "du", "des", "la", "le",
          "les", "l", "et", "pour", "aux", "au", "do", "da", "dos", "das", "del", "di", "y", "e",
          "von", "für", "und", "der", "den", "van", "och", "og");

  private static final Set<NerTag> NAME_PART_TYPES =
      Set.of(
          NerTag.O,
          NerTag.ORGANIZATION,
          NerTag.MISC,
          NerTag.NATIONALITY,
          NerTag.LOCATION,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.COUNTRY);

  /** Whether tokens [from, end) go on with a name and end in a capitalised word. */
  private static boolean continuesName(DocumentView view, Sentence sentence, int from, int end) {
    for (int t = from; t < end; t++) {
      String word = view.tokenText(sentence, t);
      int elision = Math.max(word.indexOf('\''), word.indexOf('’'));
      String bare = elision > 0 && elision <= 2 ? word.substring(elision + 1) : word;
      String elided = elision > 0 && elision <= 2 ? word.substring(0, elision) : "";
      boolean name =
          !word.isEmpty()
              && NAME_PART_TYPES.contains(sentence.tokens().get(t).ner())
              && (elided.isEmpty() || CONNECTORS.contains(elided.toLowerCase(Locale.ROOT)))
              && (bare.isEmpty()
                  || Character.isUpperCase(bare.codePointAt(0))
                  || CONNECTORS.contains(bare)
                  || NAME_JOINERS.contains(word));
      if (!name) {
        return false;
      }
    }
    String last = view.tokenText(sentence, end - 1);
    return Character.isUpperCase(last.codePointAt(0));
  }

  /** The NER type of the mention covering most of the range; ORGANIZATION when none does. */
  private static NerTag nerOf(
      List<NameMention> mentions, String docId, Sentence sentence, int begin, int end) {
    NerTag best = NerTag.ORGANIZATION;
    int bestOverlap = 0;
    for (NameMention mention : mentions) {
      if (!mention.docId().equals(docId) || mention.sentence() != sentence.index()) {
        continue;
      }
      int overlap = Math.min(end, mention.tokenEnd()) - Math.max(begin, mention.tokenBegin());
      boolean named =
          mention.ner().isPlace()
              || mention.ner() == NerTag.PERSON
              || mention.ner() == NerTag.ORGANIZATION;
      if (named && overlap > bestOverlap && overlap * 2 >= end - begin) {
        best = mention.ner();
        bestOverlap = overlap;
      }
    }
    return best;
  }
}

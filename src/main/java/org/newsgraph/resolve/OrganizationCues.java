package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Names the text itself describes as an organisation are organisations, whatever NER made of them
 * (it often tags a company it does not know as a person, or a body with a place in its name as a
 * location):
 *
 * <ul>
 *   <li>an apposition headed by a word of {@value #WORDS}, after the name or its acronym in
 *       brackets: "Acme (AC), the Lyon-based state defence group", "Acme, a family-owned company",
 *       "Acme, the sport's governing body";
 *   <li>such a description right before the name, which ends there: "Its Greek unit, Acme Hellas,
 *       was set up";
 *   <li>"headquartered" right after the name (and a comma), or "which is headquartered/based":
 *       "Acme, which is headquartered in Lyon" (places are located, people live or work there);
 *   <li>such a word right before the name, with no comma, when no verb follows the name: "the Lyon
 *       firm Acme", "Freedonian company Acme Systems to supply" (but not "the company Jane Doe
 *       founded");
 *   <li>the name's possessive before an office that exists only in companies ({@value
 *       #OFFICER_TITLES}): "Acme's chief executive, Jane Doe" (people and places have no chief
 *       executive).
 * </ul>
 *
 * Only PERSON and LOCATION mentions are retyped, never a country, territory or region of the
 * gazetteer, nor a one-word name that is the surname of a person the document names in full.
 */
final class OrganizationCues implements MentionRepair {

  static final String WORDS = "org/newsgraph/resolve/organization-cue-words.txt";

  /** Offices that exist only in companies, one lower-case title a line (shared with extract). */
  static final String OFFICER_TITLES = "org/newsgraph/extract/company-officer-titles.txt";

  /** The most words an office title of {@value #OFFICER_TITLES} has. */
  private static final int MAX_TITLE_WORDS = 7;

  private static final Set<NerTag> OVERRIDDEN = Set.of(NerTag.PERSON, NerTag.LOCATION);
  private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
  private static final Set<String> RELATIVES = Set.of("which", "that");

  /** Words that open a description before a name: "its Greek unit, Acme Hellas". */
  private static final Set<String> OPENERS = Set.of("a", "an", "the", "its", "their");

  /** NER types of a place name that may modify the description: "a Lyon start-up". */
  private static final Set<NerTag> PLACE_TAGS =
      Set.of(NerTag.CITY, NerTag.COUNTRY, NerTag.STATE_OR_PROVINCE, NerTag.LOCATION);

  private static final Set<String> COPULAS = Set.of("is", "was");
  private static final Set<String> SEATED = Set.of("headquartered", "based");
  private static final int MAX_MODIFIERS = 6;

  private final Set<String> words;
  private final Set<String> officerTitles;
  private final PlaceGazetteer places;

  OrganizationCues(PlaceGazetteer places) {
    this(places, Set.copyOf(RuleFile.lines(WORDS)), Set.copyOf(RuleFile.lines(OFFICER_TITLES)));
  }

  OrganizationCues(PlaceGazetteer places, Set<String> words, Set<String> officerTitles) {
    this.places = places;
    this.words = Set.copyOf(words);
    this.officerTitles = Set.copyOf(officerTitles);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    Set<String> surnames = surnames(view, mentions);
    for (int m = 0; m < out.size(); m++) {
      NameMention mention = out.get(m);
      if (!mention.docId().equals(view.id())
          || !OVERRIDDEN.contains(mention.ner())
          || surnames.contains(mention.text())
          || view.isWeak(mention.sentence())
          || knownPlace(mention.text())) {
        continue;
      }
      Sentence sentence = view.sentence(mention.sentence());
      int after = afterAcronym(view, sentence, mention.tokenEnd());
      if (describedAsOrganization(view, sentence, after)
          || introducedAsOrganization(view, sentence, mention)
          || !shortName(mention, mentions)
              && (kindWordBefore(view, sentence, mention)
                  || companyOfficerAfter(view, sentence, mention.tokenEnd()))) {
        out.set(m, mention.describedOrganization());
      }
    }
    return out;
  }

  /**
   * Whether the name is the first words of a longer organisation name of its document: a company's
   * short name ("Acme" beside "Acme Systems"), which the clusterer joins to its full name; the cues
   * before and after the name leave it to that.
   */
  private static boolean shortName(NameMention mention, List<NameMention> mentions) {
    String prefix = mention.text() + " ";
    return mentions.stream()
        .anyMatch(
            m ->
                m.docId().equals(mention.docId())
                    && m.ner() == NerTag.ORGANIZATION
                    && m.text().startsWith(prefix));
  }

  /**
   * Last words of the document's person names of two or more words: a company named after a family
   * ("Verhaegen" beside "Els Verhaegen") is left to the other rules.
   */
  private static Set<String> surnames(DocumentView view, List<NameMention> mentions) {
    Set<String> out = new HashSet<>();
    for (NameMention m : mentions) {
      String[] words = m.text().split("\\s+");
      if (m.docId().equals(view.id()) && m.ner() == NerTag.PERSON && words.length > 1) {
        out.add(words[words.length - 1]);
      }
    }
    return out;
  }

  private boolean knownPlace(String name) {
    return places.country(name).isPresent()
        || places.territory(name).isPresent()
        || places.region(name).isPresent();
  }

  /** The token after "(AC)" when an acronym in brackets follows the name, else the token. */
  private static int afterAcronym(DocumentView view, Sentence sentence, int at) {
    int size = sentence.tokens().size();
    if (at + 2 < size
        && isOpening(view.tokenText(sentence, at))
        && isClosing(view.tokenText(sentence, at + 2))) {
      return at + 3;
    }
    return at;
  }

  private static boolean isOpening(String word) {
    return word.equals("(") || word.equals("-LRB-");
  }

  private static boolean isClosing(String word) {
    return word.equals(")") || word.equals("-RRB-");
  }

  private boolean describedAsOrganization(DocumentView view, Sentence sentence, int at) {
    List<Token> tokens = sentence.tokens();
    if (at + 1 >= tokens.size() || !view.tokenText(sentence, at).equals(",")) {
      return false;
    }
    String first = view.tokenText(sentence, at + 1);
    if (first.equals("headquartered")) {
      return true;
    }
    if (RELATIVES.contains(first)
        && at + 3 < tokens.size()
        && COPULAS.contains(view.tokenText(sentence, at + 2))
        && SEATED.contains(view.tokenText(sentence, at + 3))) {
      return true;
    }
    return DETERMINERS.contains(first) && appositionHead(view, sentence, at + 2);
  }

  /**
   * Whether a description headed by an organisation word stands in apposition right before the
   * name, and the name ends there: "Its Greek unit, Acme Hellas, was set up", "a new subsidiary,
   * Acme Iberia,".
   */
  private boolean introducedAsOrganization(
      DocumentView view, Sentence sentence, NameMention mention) {
    List<Token> tokens = sentence.tokens();
    int head = mention.tokenBegin() - 2;
    int end = mention.tokenEnd();
    boolean nameEnds =
        end >= tokens.size()
            || Set.of(",", ".", "(", "-LRB-").contains(view.tokenText(sentence, end));
    if (head < 1
        || !nameEnds
        || !view.tokenText(sentence, head + 1).equals(",")
        || !words.contains(view.tokenText(sentence, head))
        || !tokens.get(head).pos().startsWith("NN")) {
      return false;
    }
    for (int i = head - 1; i >= 0 && i >= head - 1 - MAX_MODIFIERS; i--) {
      String word = view.tokenText(sentence, i);
      if (OPENERS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (word.equals(",") || !modifier(view, sentence, i, word, tokens.get(i).pos())) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a lower-case organisation word of {@value #WORDS} stands right before the name, with a
   * determiner, an adjective, a nationality or a place before it, and no verb follows the name:
   * "the Lyon firm Acme", "Freedonian company Acme Systems to supply" ("the company Jane Doe
   * founded" is a relative clause, "its subsidiary" a possessive description: both left alone).
   */
  private boolean kindWordBefore(DocumentView view, Sentence sentence, NameMention mention) {
    List<Token> tokens = sentence.tokens();
    int kind = mention.tokenBegin() - 1;
    int end = mention.tokenEnd();
    if (kind < 1
        || !words.contains(view.tokenText(sentence, kind))
        || !tokens.get(kind).pos().startsWith("NN")
        || end < tokens.size() && tokens.get(end).pos().startsWith("VB")) {
      return false;
    }
    Token before = tokens.get(kind - 1);
    String word = view.tokenText(sentence, kind - 1).toLowerCase(Locale.ROOT);
    return DETERMINERS.contains(word)
        || before.pos().startsWith("JJ")
        || before.pos().startsWith("NNP")
        || before.ner() == NerTag.NATIONALITY;
  }

  /**
   * Whether "'s" and an office of {@value #OFFICER_TITLES} follow the name at {@code at}: "Acme's
   * chief executive".
   */
  private boolean companyOfficerAfter(DocumentView view, Sentence sentence, int at) {
    List<Token> tokens = sentence.tokens();
    if (at + 1 >= tokens.size() || !tokens.get(at).pos().equals("POS")) {
      return false;
    }
    StringBuilder title = new StringBuilder();
    for (int i = at + 1; i < tokens.size() && i <= at + MAX_TITLE_WORDS; i++) {
      if (!title.isEmpty()) {
        title.append(' ');
      }
      title.append(view.tokenText(sentence, i).toLowerCase(Locale.ROOT));
      if (officerTitles.contains(title.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an organisation word heads the description from the token on: lower-case modifiers
   * (adjectives, nouns, "-based" with its place, a possessive, a nationality or religion word: "a
   * Jesuit school", a place's name: "a Lyon start-up") before it, no noun after it.
   */
  private boolean appositionHead(DocumentView view, Sentence sentence, int start) {
    List<Token> tokens = sentence.tokens();
    for (int i = start; i < tokens.size() && i <= start + MAX_MODIFIERS; i++) {
      String word = view.tokenText(sentence, i);
      String pos = tokens.get(i).pos();
      if (words.contains(word) && pos.startsWith("NN")) {
        return i + 1 >= tokens.size() || !continuesNoun(tokens.get(i + 1).pos());
      }
      if (hyphenatedWord(view, sentence, i)) {
        return i + 3 >= tokens.size() || !continuesNoun(tokens.get(i + 3).pos());
      }
      if (!modifier(view, sentence, i, word, pos)) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether the token and the two after it spell a hyphenated word of {@value #WORDS}: "start -
   * up", as the tokenizer splits "start-up" (and tags its parts as it pleases).
   */
  private boolean hyphenatedWord(DocumentView view, Sentence sentence, int i) {
    return i + 2 < sentence.tokens().size()
        && view.tokenText(sentence, i + 1).equals("-")
        && words.contains(
            view.tokenText(sentence, i)
                + "-"
                + view.tokenText(sentence, i + 2).toLowerCase(Locale.ROOT));
  }

  private static boolean continuesNoun(String pos) {
    return pos.startsWith("NN") || pos.equals("POS");
  }

  private static boolean modifier(
      DocumentView view, Sentence sentence, int i, String word, String pos) {
    boolean lowerCase = word.equals(word.toLowerCase(Locale.ROOT));
    boolean placeBeforeBased =
        pos.startsWith("NNP")
            && i + 2 < sentence.tokens().size()
            && view.tokenText(sentence, i + 1).equals("-")
            && view.tokenText(sentence, i + 2).equals("based");
    boolean possessive = pos.equals("POS");
    NerTag ner = sentence.tokens().get(i).ner();
    boolean belief =
        pos.startsWith("NNP")
            && (ner == NerTag.NATIONALITY || ner == NerTag.RELIGION || ner == NerTag.IDEOLOGY);
    boolean place = pos.startsWith("NNP") && PLACE_TAGS.contains(ner);
    boolean lowerModifier =
        pos.startsWith("JJ")
            || lowerCase
                && (pos.equals("NN")
                    || pos.equals("HYPH")
                    || pos.equals("VBN")
                    || pos.equals("CC")
                    || word.equals(","));
    return placeBeforeBased || possessive || lowerModifier || belief || place || word.equals("-");
  }
}

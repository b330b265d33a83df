package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.Brackets;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds the name mentions of one document: CoreNLP's NER mentions of name types, repaired by
 * general rules.
 *
 * <ul>
 *   <li>A country or nationality directly before an organisation name is part of it ("Norway" +
 *       "Coast Guard"), unless the organisation starts with an acronym.
 *   <li>Place mentions that touch are one name ("Czech" + "Republic"), and so are a nationality
 *       word and a kind of geographic feature right after it ("Indian" + "Ocean").
 *   <li>Organisation names NER splits or misses are found by {@link OrganizationPhrases}.
 *   <li>"region" after a place name belongs to it ("the Sahel region").
 *   <li>A capitalised token NER missed that is a country's name is a country ("then-US"); after
 *       "the", a continent, ocean or "the West" is a place.
 *   <li>A nationality word before a title, person or organisation stands for its country.
 * </ul>
 *
 * Acronym definitions are found by {@link AcronymFinder}; corpus-wide steps by {@link
 * EntityResolver}.
 */
final class MentionFinder {

  /** NER types that name entities (MISC only when a later rule recognises a region). */
  static final Set<NerTag> NAME_TYPES =
      Set.of(
          NerTag.PERSON,
          NerTag.ORGANIZATION,
          NerTag.COUNTRY,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.LOCATION,
          NerTag.MISC);

  private static final Set<NerTag> SIDE_TYPES =
      Set.of(NerTag.TITLE, NerTag.PERSON, NerTag.ORGANIZATION);
  private static final Set<String> CITIZEN_WORDS =
      Set.of("citizen", "citizens", "national", "nationals");

  /** Nouns that head an organisation in "chief of the Freedonian navy". */
  private static final Set<String> HEAD_NOUNS =
      Set.of(
          "chief",
          "head",
          "commander",
          "director",
          "chairman",
          "chairwoman",
          "leader",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "secretary",
          "officer");

  private final PlaceGazetteer places;
  private final List<List<String>> nationalBodies;
  private final OrganizationPhrases organizationPhrases;
  private final Set<String> geographicFeatures;

  /**
   * @param places the gazetteer
   * @param nationalBodies kinds of national bodies, each as lower-case words ("air force")
   */
  MentionFinder(
      PlaceGazetteer places,
      List<List<String>> nationalBodies,
      OrganizationPhrases organizationPhrases) {
    this.places = places;
    this.nationalBodies = List.copyOf(nationalBodies);
    this.organizationPhrases = organizationPhrases;
    this.geographicFeatures = Set.copyOf(RuleFile.lines(GEOGRAPHIC_FEATURES));
  }

  static final String GEOGRAPHIC_FEATURES = "org/newsgraph/resolve/geographic-features.txt";

  /** The repaired name mentions and demonym mentions of a document, in text order. */
  List<NameMention> find(DocumentView view) {
    List<NameMention> mentions = new ArrayList<>();
    for (Mention mention : view.document().mentions()) {
      if (NAME_TYPES.contains(mention.type()) || mention.type() == NerTag.NATIONALITY) {
        Sentence sentence = view.sentence(mention.sentence());
        mentions.add(
            view.mention(
                sentence,
                mention.tokenBegin(),
                mention.tokenEnd(),
                mention.type(),
                NameMention.Origin.NER));
      }
    }
    mentions.sort(ORDER);
    mentions.removeIf(m -> isPortfolio(view, m) || isDatelineAgency(view, m));
    mentions = mergeTouching(view, mentions);
    mentions = extendRegions(view, mentions);
    mentions = organizationPhrases.apply(view, mentions);
    mentions.addAll(untaggedCountries(view, mentions));
    mentions.addAll(untaggedRegions(view, mentions));
    mentions = demonyms(view, mentions);
    mentions.addAll(nationalBodies(view));
    mentions.sort(ORDER);
    return mentions;
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

  static final Comparator<NameMention> ORDER =
      Comparator.comparing(NameMention::docId)
          .thenComparingInt(NameMention::begin)
          .thenComparingInt(NameMention::end);

  private List<NameMention> mergeTouching(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      NameMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      NerTag merged = previous == null ? null : mergedType(view, previous, mention);
      if (merged != null) {
        out.set(
            out.size() - 1,
            view.mention(
                view.sentence(previous.sentence()),
                previous.tokenBegin(),
                mention.tokenEnd(),
                merged,
                NameMention.Origin.REPAIRED));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  /** The type of the merged mention when two touching mentions are one name, else null. */
  private NerTag mergedType(DocumentView view, NameMention first, NameMention second) {
    if (first.sentence() != second.sentence() || first.tokenEnd() != second.tokenBegin()) {
      return null;
    }
    boolean nation = first.ner() == NerTag.COUNTRY || first.ner() == NerTag.NATIONALITY;
    if (nation && second.ner() == NerTag.ORGANIZATION) {
      String head = view.tokenText(view.sentence(second.sentence()), second.tokenBegin());
      return Initials.isAcronym(head) ? null : NerTag.ORGANIZATION;
    }
    if (first.ner().isPlace() && second.ner().isPlace()) {
      return NerTag.LOCATION;
    }
    boolean feature =
        second.tokenEnd() - second.tokenBegin() == 1
            && geographicFeatures.contains(lower(second.text()));
    if (first.ner() == NerTag.NATIONALITY && second.ner().isPlace() && feature) {
      return NerTag.LOCATION;
    }
    return null;
  }

  private List<NameMention> extendRegions(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      Sentence sentence = view.sentence(mention.sentence());
      boolean placeLike = mention.ner() == NerTag.LOCATION || mention.ner() == NerTag.MISC;
      if (placeLike
          && mention.tokenEnd() < sentence.tokens().size()
          && view.tokenText(sentence, mention.tokenEnd()).equals("region")) {
        out.add(
            view.mention(
                sentence,
                mention.tokenBegin(),
                mention.tokenEnd() + 1,
                mention.ner(),
                NameMention.Origin.REPAIRED));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  private List<NameMention> untaggedCountries(DocumentView view, List<NameMention> mentions) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      for (Token token : sentence.tokens()) {
        String word = view.tokenText(sentence, token.index());
        boolean candidate =
            token.ner() == NerTag.O
                && PosTag.isProperNoun(token.pos())
                && Character.isUpperCase(word.charAt(0))
                && places.country(word).isPresent();
        if (candidate && !covered(mentions, view.id(), token)) {
          found.add(
              view.mention(
                  sentence,
                  token.index(),
                  token.index() + 1,
                  NerTag.COUNTRY,
                  NameMention.Origin.REPAIRED));
        }
      }
    }
    return found;
  }

  /** "the West": "the" + an untagged region name that no proper noun follows. */
  private List<NameMention> untaggedRegions(DocumentView view, List<NameMention> mentions) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        String word = view.tokenText(sentence, i);
        boolean afterThe = view.tokenText(sentence, i - 1).equalsIgnoreCase("the");
        boolean beforeName = i + 1 < tokens.size() && PosTag.isProperNoun(tokens.get(i + 1).pos());
        boolean candidate =
            afterThe
                && !beforeName
                && token.ner() == NerTag.O
                && PosTag.isProperNoun(token.pos())
                && places.region(word).isPresent();
        if (candidate && !covered(mentions, view.id(), token)) {
          found.add(view.mention(sentence, i, i + 1, NerTag.LOCATION, NameMention.Origin.REPAIRED));
        }
      }
    }
    return found;
  }

  private static boolean covered(List<NameMention> mentions, String docId, Token token) {
    return mentions.stream()
        .anyMatch(
            m -> m.docId().equals(docId) && m.begin() < token.end() && token.begin() < m.end());
  }

  /**
   * "chief of the Freedonian air force": a nationality word and a kind of national body, governed
   * through "of"/"for the" by a title or heading noun, name an organisation.
   */
  private List<NameMention> nationalBodies(DocumentView view) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 4 < tokens.size(); i++) {
        boolean head =
            HEAD_NOUNS.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))
                || tokens.get(i).ner() == NerTag.TITLE;
        boolean ofThe =
            Set.of("of", "for").contains(tokens.get(i + 1).word())
                && tokens.get(i + 2).word().equalsIgnoreCase("the");
        if (head && ofThe && tokens.get(i + 3).ner() == NerTag.NATIONALITY) {
          int end = bodyEnd(view, sentence, i + 4);
          if (end > 0) {
            found.add(
                view.mention(
                    sentence, i + 3, end, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED));
          }
        }
      }
    }
    return found;
  }

  /** The end of the longest national-body phrase starting at the token, or -1. */
  private int bodyEnd(DocumentView view, Sentence sentence, int start) {
    int best = -1;
    for (List<String> body : nationalBodies) {
      int end = start + body.size();
      if (end > sentence.tokens().size()) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < body.size() && matches; k++) {
        matches = view.tokenText(sentence, start + k).equalsIgnoreCase(body.get(k));
      }
      if (matches && end > best) {
        best = end;
      }
    }
    return best;
  }

  /**
   * Nationality words (and MISC words that are demonyms, like "Russians") become DEMONYM mentions
   * when the gazetteer knows their country; other nationality words are dropped.
   */
  private List<NameMention> demonyms(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      boolean nationality = mention.ner() == NerTag.NATIONALITY;
      boolean demonym = places.countryOfDemonym(mention.text()).isPresent();
      if (demonym && (nationality || mention.ner() == NerTag.MISC)) {
        out.add(
            new NameMention(
                mention.docId(),
                mention.sentence(),
                mention.tokenBegin(),
                mention.tokenEnd(),
                mention.begin(),
                mention.end(),
                mention.text(),
                mention.ner(),
                NameMention.Origin.DEMONYM));
      } else if (!nationality) {
        out.add(mention);
      }
    }
    return out;
  }

  /**
   * Whether the nationality word names its country's side: it modifies a title, person,
   * organisation or "citizen"/"national" that follows it.
   */
  static boolean sidesWith(DocumentView view, NameMention mention) {
    Sentence sentence = view.sentence(mention.sentence());
    if (mention.tokenEnd() >= sentence.tokens().size()) {
      return false;
    }
    Token next = sentence.tokens().get(mention.tokenEnd());
    return SIDE_TYPES.contains(next.ner()) || CITIZEN_WORDS.contains(next.word());
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Finds the name mentions of one document: CoreNLP's NER mentions of name types, repaired by
 * general rules.
 *
 * <ul>
 *   <li>A country or nationality directly before an organisation name is part of it ("Japan" +
 *       "Maritime Self-Defense Force"), unless the organisation starts with an acronym.
 *   <li>Place mentions that touch are one name ("Soviet" + "Union").
 *   <li>"region" after a place name belongs to it ("the Baltic region").
 *   <li>A capitalised token NER missed that is a country's name is a country ("then-US").
 *   <li>A nationality word before a title, person or organisation stands for its country.
 * </ul>
 *
 * Acronym definitions are found by {@link AcronymFinder}; corpus-wide steps by {@link
 * EntityResolver}.
 */
final class MentionFinder {

  /** NER types that name entities (MISC only when a later rule recognises a region). */
  static final Set<String> NAME_TYPES =
      Set.of("PERSON", "ORGANIZATION", "COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "MISC");

  static final Set<String> PLACE_TYPES = Set.of("COUNTRY", "CITY", "STATE_OR_PROVINCE", "LOCATION");

  private static final Set<String> SIDE_TYPES = Set.of("TITLE", "PERSON", "ORGANIZATION");

  private final PlaceGazetteer places;

  MentionFinder(PlaceGazetteer places) {
    this.places = places;
  }

  /** The repaired name mentions and demonym mentions of a document, in text order. */
  List<NameMention> find(DocumentView view) {
    List<NameMention> mentions = new ArrayList<>();
    for (Mention mention : view.document().mentions()) {
      if (NAME_TYPES.contains(mention.type()) || mention.type().equals("NATIONALITY")) {
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
    mentions = mergeTouching(view, mentions);
    mentions = extendRegions(view, mentions);
    mentions.addAll(untaggedCountries(view, mentions));
    mentions = demonyms(view, mentions);
    mentions.sort(ORDER);
    return mentions;
  }

  static final Comparator<NameMention> ORDER =
      Comparator.comparing(NameMention::docId)
          .thenComparingInt(NameMention::begin)
          .thenComparingInt(NameMention::end);

  private List<NameMention> mergeTouching(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      NameMention previous = out.isEmpty() ? null : out.get(out.size() - 1);
      String merged = previous == null ? null : mergedType(view, previous, mention);
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
  private String mergedType(DocumentView view, NameMention first, NameMention second) {
    if (first.sentence() != second.sentence() || first.tokenEnd() != second.tokenBegin()) {
      return null;
    }
    boolean nation = first.ner().equals("COUNTRY") || first.ner().equals("NATIONALITY");
    if (nation && second.ner().equals("ORGANIZATION")) {
      String head = view.tokenText(view.sentence(second.sentence()), second.tokenBegin());
      return Initials.isAcronym(head) ? null : "ORGANIZATION";
    }
    if (PLACE_TYPES.contains(first.ner()) && PLACE_TYPES.contains(second.ner())) {
      return "LOCATION";
    }
    return null;
  }

  private List<NameMention> extendRegions(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      Sentence sentence = view.sentence(mention.sentence());
      boolean placeLike = mention.ner().equals("LOCATION") || mention.ner().equals("MISC");
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
            token.ner().equals("O")
                && token.pos().startsWith("NNP")
                && Character.isUpperCase(word.charAt(0))
                && places.country(word).isPresent();
        if (candidate && !covered(mentions, view.id(), token)) {
          found.add(
              view.mention(
                  sentence, token.index(), token.index() + 1, "COUNTRY", NameMention.Origin.REPAIRED));
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
   * Nationality words (and MISC words that are demonyms, like "Russians") become DEMONYM mentions
   * when the gazetteer knows their country; other nationality words are dropped.
   */
  private List<NameMention> demonyms(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      boolean nationality = mention.ner().equals("NATIONALITY");
      boolean demonym = places.countryOfDemonym(mention.text()).isPresent();
      if (demonym && (nationality || mention.ner().equals("MISC"))) {
        String side = sidesWith(view, mention) ? "SIDE" : "ADJECTIVE";
        out.add(
            new NameMention(
                mention.docId(),
                mention.sentence(),
                mention.tokenBegin(),
                mention.tokenEnd(),
                mention.begin(),
                mention.end(),
                mention.text(),
                side,
                NameMention.Origin.DEMONYM));
      } else if (!nationality) {
        out.add(mention);
      }
    }
    return out;
  }

  /** Whether the nationality word modifies a title, person or organisation that follows it. */
  private static boolean sidesWith(DocumentView view, NameMention mention) {
    Sentence sentence = view.sentence(mention.sentence());
    if (mention.tokenEnd() >= sentence.tokens().size()) {
      return false;
    }
    Token next = sentence.tokens().get(mention.tokenEnd());
    return SIDE_TYPES.contains(next.ner());
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Nationality words that stand for their country: they become {@link NameMention.Origin#DEMONYM}
 * mentions when the gazetteer knows their country (also MISC words such as "Russians"); other
 * nationality words are dropped. A demonym that modifies a title, person, organisation or "citizen"
 * names its country's side ({@link #sidesWith}).
 */
final class Demonyms implements MentionRepair {

  private static final Set<NerTag> SIDE_TYPES =
      Set.of(NerTag.TITLE, NerTag.PERSON, NerTag.ORGANIZATION);
  private static final Set<String> CITIZEN_WORDS =
      Set.of("citizen", "citizens", "national", "nationals");

  private final PlaceGazetteer places;

  Demonyms(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
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

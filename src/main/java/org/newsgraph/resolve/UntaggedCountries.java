package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/** A capitalised proper noun NER missed that is a country's name is a country ("then-US"). */
final class UntaggedCountries implements MentionRepair {

  private final PlaceGazetteer places;

  UntaggedCountries(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    return MentionRepair.plus(mentions, found(view, mentions));
  }

  private List<NameMention> found(DocumentView view, List<NameMention> mentions) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      for (Token token : sentence.tokens()) {
        String word = view.tokenText(sentence, token.index());
        boolean candidate =
            token.ner() == NerTag.O
                && PosTag.isProperNoun(token.pos())
                && Character.isUpperCase(word.charAt(0))
                && places.country(word).isPresent();
        if (candidate && !NameMention.anyOverlaps(mentions, view.id(), token)) {
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
}

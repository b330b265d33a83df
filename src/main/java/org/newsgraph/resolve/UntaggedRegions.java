package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/** After "the", an untagged continent, ocean or region name is a place ("the West"). */
final class UntaggedRegions implements MentionRepair {

  private final PlaceGazetteer places;

  UntaggedRegions(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    return MentionRepair.plus(mentions, found(view, mentions));
  }

  /** "the West": "the" + an untagged region name that no proper noun follows. */
  private List<NameMention> found(DocumentView view, List<NameMention> mentions) {
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
        if (candidate && !NameMention.anyOverlaps(mentions, view.id(), token)) {
          found.add(view.mention(sentence, i, i + 1, NerTag.LOCATION, NameMention.Origin.REPAIRED));
        }
      }
    }
    return found;
  }
}

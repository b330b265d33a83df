package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;

/** "region" after a place name belongs to it ("the Sahel region"). */
final class RegionExtension implements MentionRepair {

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
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
}

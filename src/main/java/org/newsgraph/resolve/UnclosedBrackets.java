package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.annotate.Brackets;
import org.newsgraph.annotate.Sentence;

/**
 * A mention that runs into a bracket it does not close ends before the bracket: NER sometimes takes
 * "Regional Centre for Water Studies (Regional CWS" as one organisation, the name and the start of
 * its bracketed short form. The name alone is the mention; the short form is found from the
 * brackets by the acronym step.
 */
final class UnclosedBrackets implements MentionRepair {

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention mention : mentions) {
      out.add(cut(view, mention));
    }
    return out;
  }

  private static NameMention cut(DocumentView view, NameMention mention) {
    Sentence sentence = view.sentence(mention.sentence());
    int open = -1;
    for (int i = mention.tokenBegin(); i < mention.tokenEnd(); i++) {
      String word = view.tokenText(sentence, i);
      if (Brackets.isOpening(word)) {
        open = i;
      } else if (Brackets.isClosing(word)) {
        open = -1;
      }
    }
    if (open <= mention.tokenBegin()) {
      return mention;
    }
    return view.mention(sentence, mention.tokenBegin(), open, mention.ner(), mention.origin());
  }
}

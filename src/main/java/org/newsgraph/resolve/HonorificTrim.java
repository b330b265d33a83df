package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;

/**
 * A courtesy title ({@value #HONORIFICS}: "Mr", "Ms.", "Dr") that NER took into a person mention is
 * cut off it: "Ms van der Berg" is the person "van der Berg", who then joins "Anna van der Berg" of
 * the same document.
 */
final class HonorificTrim implements MentionRepair {

  static final String HONORIFICS = "org/newsgraph/resolve/honorifics.txt";

  private final Set<String> honorifics;

  HonorificTrim() {
    this.honorifics = Set.copyOf(RuleFile.lines(HONORIFICS));
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions.size());
    for (NameMention mention : mentions) {
      out.add(trimmed(view, mention));
    }
    return out;
  }

  private NameMention trimmed(DocumentView view, NameMention mention) {
    if (mention.ner() != NerTag.PERSON || mention.tokenEnd() - mention.tokenBegin() < 2) {
      return mention;
    }
    var sentence = view.sentence(mention.sentence());
    String first = view.tokenText(sentence, mention.tokenBegin());
    String word = first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    if (!honorifics.contains(word.toLowerCase(Locale.ROOT))) {
      return mention;
    }
    int begin = mention.tokenBegin() + 1;
    if (view.tokenText(sentence, begin).equals(".")) {
      begin++;
    }
    if (begin >= mention.tokenEnd()) {
      return mention;
    }
    return view.mention(sentence, begin, mention.tokenEnd(), NerTag.PERSON, mention.origin());
  }
}

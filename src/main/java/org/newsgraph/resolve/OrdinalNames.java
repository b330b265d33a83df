package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * A capitalised ordinal word of {@value #ORDINALS} right before a place or organisation mention,
 * and not the first word of its sentence, is part of the name: "near Second Quarn Shoal" (NER:
 * ORDINAL + LOCATION). At the start of a sentence "Second" may be a list marker, so it is left
 * alone.
 */
final class OrdinalNames implements MentionRepair {

  static final String ORDINALS = "org/newsgraph/resolve/ordinal-words.txt";

  private final Set<String> ordinals;

  /** The repair with the words of {@value #ORDINALS}. */
  OrdinalNames() {
    this.ordinals = Set.copyOf(RuleFile.lines(ORDINALS));
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      Sentence sentence = view.sentence(mention.sentence());
      int before = mention.tokenBegin() - 1;
      boolean named = mention.ner().isPlace() || mention.ner() == NerTag.ORGANIZATION;
      if (named && before >= 1 && isOrdinal(view.tokenText(sentence, before))) {
        out.add(
            view.mention(
                sentence, before, mention.tokenEnd(), mention.ner(), NameMention.Origin.REPAIRED));
      } else {
        out.add(mention);
      }
    }
    return out;
  }

  private boolean isOrdinal(String word) {
    return Character.isUpperCase(word.codePointAt(0))
        && ordinals.contains(word.toLowerCase(Locale.ROOT));
  }
}

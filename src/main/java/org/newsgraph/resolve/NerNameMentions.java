package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.Mention;
import org.newsgraph.annotate.NerTag;

/**
 * Adds CoreNLP's NER mentions of name types and of nationality words, in text order: the first step
 * of finding a document's names.
 */
final class NerNameMentions implements MentionRepair {

  /** NER types that name entities (MISC only when a later rule recognises a region). */
  private static final Set<NerTag> NAME_TYPES =
      Set.of(
          NerTag.PERSON,
          NerTag.ORGANIZATION,
          NerTag.COUNTRY,
          NerTag.CITY,
          NerTag.STATE_OR_PROVINCE,
          NerTag.LOCATION,
          NerTag.MISC);

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (Mention mention : view.document().mentions()) {
      if (NAME_TYPES.contains(mention.type()) || mention.type() == NerTag.NATIONALITY) {
        out.add(
            view.mention(
                view.sentence(mention.sentence()),
                mention.tokenBegin(),
                mention.tokenEnd(),
                mention.type(),
                NameMention.Origin.NER));
      }
    }
    out.sort(NameMention.TEXT_ORDER);
    return out;
  }
}

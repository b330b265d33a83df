package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * An organisation mention NER made of an owner, a possessive and a unit is two organisations: "the
 * University of Freedonia's Centre for Soil Research" names the university and its centre. The
 * owner must hold an organisation word ({@value OrganizationPhrases#WORDS}) and the unit must be
 * two or more words starting with a capital, so party names like "Freedonian People's Party" stay
 * whole.
 */
final class PossessiveOrganizations implements MentionRepair {

  private final Set<String> organizationWords;

  PossessiveOrganizations() {
    this.organizationWords = Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS));
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      out.addAll(split(view, mention));
    }
    return out;
  }

  private List<NameMention> split(DocumentView view, NameMention mention) {
    if (mention.ner() != NerTag.ORGANIZATION) {
      return List.of(mention);
    }
    Sentence sentence = view.sentence(mention.sentence());
    for (int k = mention.tokenBegin() + 1; k < mention.tokenEnd() - 2; k++) {
      String word = view.tokenText(sentence, k);
      if (!word.equals("'s") && !word.equals("’s")) {
        continue;
      }
      boolean ownerIsOrganization = false;
      for (int i = mention.tokenBegin(); i < k; i++) {
        ownerIsOrganization |=
            organizationWords.contains(view.tokenText(sentence, i).toLowerCase(Locale.ROOT));
      }
      String unitHead = view.tokenText(sentence, k + 1);
      if (ownerIsOrganization && Character.isUpperCase(unitHead.charAt(0))) {
        return List.of(
            view.mention(
                sentence,
                mention.tokenBegin(),
                k,
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED),
            view.mention(
                sentence,
                k + 1,
                mention.tokenEnd(),
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED));
      }
    }
    return List.of(mention);
  }
}

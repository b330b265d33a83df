package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.RuleFile;
import org.newsgraph.annotate.Sentence;

/**
 * An organisation mention NER made of a body "of the" another full organisation name is two
 * organisations: "the Joint Committee on Budgets of the Parliament of Freedonia" names the
 * committee and the parliament. The body must be two or more words holding an organisation word
 * ({@value OrganizationPhrases#WORDS}); the other name must hold an organisation word before a
 * complement of its own ("of Freedonia", "for Water Coordination"), so that names such as "Judicial
 * Committee of the Privy Council", "General Staff of the Defence Forces" or "Office of the High
 * Commissioner for Refugees" (one word before "of the") stay whole.
 */
final class ChainedOrganizations implements MentionRepair {

  private static final Set<String> COMPLEMENT_WORDS = Set.of("of", "for", "on");

  private final Set<String> organizationWords;

  ChainedOrganizations() {
    this(Set.copyOf(RuleFile.lines(OrganizationPhrases.WORDS)));
  }

  ChainedOrganizations(Set<String> organizationWords) {
    this.organizationWords = Set.copyOf(organizationWords);
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
    for (int k = mention.tokenBegin() + 2; k < mention.tokenEnd() - 4; k++) {
      if (!view.tokenText(sentence, k).equals("of")
          || !view.tokenText(sentence, k + 1).equals("the")) {
        continue;
      }
      if (holdsOrganizationWord(view, sentence, mention.tokenBegin(), k)
          && isFullName(view, sentence, k + 2, mention.tokenEnd())) {
        return List.of(
            view.mention(
                sentence,
                mention.tokenBegin(),
                k,
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED),
            view.mention(
                sentence,
                k + 2,
                mention.tokenEnd(),
                NerTag.ORGANIZATION,
                NameMention.Origin.REPAIRED));
      }
    }
    return List.of(mention);
  }

  private boolean holdsOrganizationWord(DocumentView view, Sentence sentence, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isOrganizationWord(view.tokenText(sentence, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words name an organisation with a complement of its own: capitalised words holding
   * an organisation word, then "of"/"for"/"on" and a capitalised word.
   */
  private boolean isFullName(DocumentView view, Sentence sentence, int from, int to) {
    int k = from;
    while (k < to && Character.isUpperCase(view.tokenText(sentence, k).codePointAt(0))) {
      k++;
    }
    if (k == from || k + 1 >= to || !COMPLEMENT_WORDS.contains(view.tokenText(sentence, k))) {
      return false;
    }
    boolean head = false;
    for (int i = from; i < k; i++) {
      head |= isOrganizationWord(view.tokenText(sentence, i));
    }
    return head && Character.isUpperCase(view.tokenText(sentence, k + 1).codePointAt(0));
  }

  private boolean isOrganizationWord(String word) {
    return organizationWords.contains(word.toLowerCase(Locale.ROOT));
  }
}

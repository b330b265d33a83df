package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;

/**
 * An organisation mention "Board of X" (also "Board of Directors of X") names the board of X, a
 * body the graph does not keep apart: when the document also names X as an organisation (a mention
 * that is X or starts with it: "Korvan Defence Systems Oy"), the mention becomes X ("Chairman of
 * the Board of Acme Systems" gives Acme Systems, and the person's title stays "chairman of the
 * board"). A board whose organisation the text names nowhere else ("the Board of Trade") stays.
 */
final class BoardNames implements MentionRepair {

  private static final String BOARD = "Board";
  private static final Set<String> MEMBERS =
      Set.of("Directors", "Governors", "Trustees", "Management", "Supervisors");

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>();
    for (NameMention mention : mentions) {
      NameMention owner = owner(view, mention);
      out.add(owner != null && namedElsewhere(owner, mentions) ? owner : mention);
    }
    return out;
  }

  /** The mention of X in "Board of (Directors of) X", or null. */
  private static NameMention owner(DocumentView view, NameMention mention) {
    if (mention.ner() != NerTag.ORGANIZATION) {
      return null;
    }
    Sentence sentence = view.sentence(mention.sentence());
    int at = mention.tokenBegin();
    int end = mention.tokenEnd();
    if (end - at < 3
        || !view.tokenText(sentence, at).equals(BOARD)
        || !view.tokenText(sentence, at + 1).equals("of")) {
      return null;
    }
    at += 2;
    if (at + 2 < end
        && MEMBERS.contains(view.tokenText(sentence, at))
        && view.tokenText(sentence, at + 1).equals("of")) {
      at += 2;
    }
    if (view.tokenText(sentence, at).equalsIgnoreCase("the") && at + 1 < end) {
      at++;
    }
    if (!Character.isUpperCase(view.tokenText(sentence, at).codePointAt(0))
        || MEMBERS.contains(view.tokenText(sentence, at))) {
      return null;
    }
    return view.mention(sentence, at, end, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED);
  }

  private static boolean namedElsewhere(NameMention owner, List<NameMention> mentions) {
    return mentions.stream()
        .anyMatch(
            m ->
                m.ner() == NerTag.ORGANIZATION
                    && !m.overlaps(owner)
                    && (m.text().equals(owner.text()) || m.text().startsWith(owner.text() + " ")));
  }
}

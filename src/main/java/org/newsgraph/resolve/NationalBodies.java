package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Adds "Freedonian air force" in "chief of the Freedonian air force" as an organisation: a
 * nationality word and a kind of national body, governed through "of"/"for the" by a title or
 * heading noun.
 */
final class NationalBodies implements MentionRepair {

  /** Nouns that head an organisation in "chief of the Freedonian navy". */
  private static final Set<String> HEAD_NOUNS =
      Set.of(
          "chief",
          "head",
          "commander",
          "director",
          "chairman",
          "chairwoman",
          "leader",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "minister",
          "secretary",
          "officer");

  private final List<List<String>> bodies;

  /**
   * @param bodies kinds of national bodies, each as lower-case words ("air force")
   */
  NationalBodies(List<List<String>> bodies) {
    this.bodies = List.copyOf(bodies);
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    out.addAll(found(view));
    return out;
  }

  /**
   * "chief of the Freedonian air force": a nationality word and a kind of national body, governed
   * through "of"/"for the" by a title or heading noun, name an organisation.
   */
  private List<NameMention> found(DocumentView view) {
    List<NameMention> found = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i + 4 < tokens.size(); i++) {
        boolean head =
            HEAD_NOUNS.contains(tokens.get(i).lemma().toLowerCase(java.util.Locale.ROOT))
                || tokens.get(i).ner() == NerTag.TITLE;
        boolean ofThe =
            Set.of("of", "for").contains(tokens.get(i + 1).word())
                && tokens.get(i + 2).word().equalsIgnoreCase("the");
        if (head && ofThe && tokens.get(i + 3).ner() == NerTag.NATIONALITY) {
          int end = bodyEnd(view, sentence, i + 4);
          if (end > 0) {
            found.add(
                view.mention(
                    sentence, i + 3, end, NerTag.ORGANIZATION, NameMention.Origin.REPAIRED));
          }
        }
      }
    }
    return found;
  }

  /** The end of the longest national-body phrase starting at the token, or -1. */
  private int bodyEnd(DocumentView view, Sentence sentence, int start) {
    int best = -1;
    for (List<String> body : bodies) {
      int end = start + body.size();
      if (end > sentence.tokens().size()) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < body.size() && matches; k++) {
        matches = view.tokenText(sentence, start + k).equalsIgnoreCase(body.get(k));
      }
      if (matches && end > best) {
        best = end;
      }
    }
    return best;
  }
}

package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * What a text says is a member, or has members, is an organisation or a country, whatever NER made
 * of its name:
 *
 * <ul>
 *   <li>the name right after "a member of (the)" or "members of (the)", when no noun follows it ("a
 *       member of the Pacific Islands Forum", not "a member of the Kennedy family"): NER often
 *       takes a forum, league or network named after a region for a location, or a body named after
 *       a founder for a person. A run of capitalised words there that NER left untagged ("a member
 *       of the Oil and Gas Climate Initiative") becomes an organisation mention;
 *   <li>a name NER took for a vague location right before "is (also) a member of": "Strathallan is
 *       a member of the X" (a place is not a member; a country is, and stays one).
 * </ul>
 *
 * Never a country, territory or region of the gazetteer.
 */
final class MembershipCues implements MentionRepair {

  private static final Set<String> MEMBER = Set.of("member", "members");
  private static final Set<String> COPULAS = Set.of("is", "was", "remains", "became");
  private static final Set<String> ADVERBS = Set.of("also", "itself", "now", "already", "still");
  private static final Set<String> ARTICLES = Set.of("a", "an");

  /** Small words that may stand inside an untagged name: "Oil and Gas Climate Initiative". */
  private static final Set<String> CONNECTORS = Set.of("and", "of", "for", "on", "&");

  private final PlaceGazetteer places;

  MembershipCues(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> out = new ArrayList<>(mentions);
    for (int m = 0; m < out.size(); m++) {
      NameMention mention = out.get(m);
      if (!mention.docId().equals(view.id())
          || view.isWeak(mention.sentence())
          || knownPlace(mention.text())) {
        continue;
      }
      Sentence sentence = view.sentence(mention.sentence());
      boolean organisation =
          (mention.ner() == NerTag.LOCATION || mention.ner() == NerTag.PERSON)
                  && afterMemberOf(view, sentence, mention.tokenBegin())
                  && !nounFollows(sentence, mention.tokenEnd())
              || mention.ner() == NerTag.LOCATION
                  && beforeIsAMemberOf(view, sentence, mention.tokenEnd());
      if (organisation) {
        out.set(m, mention.describedOrganization());
      }
    }
    List<NameMention> added = new ArrayList<>();
    for (Sentence sentence : view.sentences()) {
      if (!view.isWeak(sentence.index())) {
        untaggedAfterMemberOf(view, sentence, out).ifPresent(added::add);
      }
    }
    return MentionRepair.plus(out, added);
  }

  private boolean knownPlace(String name) {
    return places.country(name).isPresent()
        || places.territory(name).isPresent()
        || places.region(name).isPresent();
  }

  /** Whether "member(s) of" or "member(s) of the" ends right before the token. */
  private static boolean afterMemberOf(DocumentView view, Sentence sentence, int at) {
    int of = at - 1;
    if (of >= 0 && lower(view, sentence, of).equals("the")) {
      of--;
    }
    return of >= 1
        && lower(view, sentence, of).equals("of")
        && MEMBER.contains(lower(view, sentence, of - 1));
  }

  /** Whether "is (also) a member of" follows the token. */
  private static boolean beforeIsAMemberOf(DocumentView view, Sentence sentence, int at) {
    int size = sentence.tokens().size();
    int i = at;
    if (i >= size || !COPULAS.contains(lower(view, sentence, i))) {
      return false;
    }
    i++;
    while (i < size && ADVERBS.contains(lower(view, sentence, i))) {
      i++;
    }
    if (i >= size || !ARTICLES.contains(lower(view, sentence, i))) {
      return false;
    }
    i++;
    return i + 1 < size
        && lower(view, sentence, i).equals("member")
        && lower(view, sentence, i + 1).equals("of");
  }

  private static boolean nounFollows(Sentence sentence, int at) {
    if (at >= sentence.tokens().size()) {
      return false;
    }
    String pos = sentence.tokens().get(at).pos();
    return pos.startsWith("NN") || pos.equals("POS");
  }

  /**
   * A mention over capitalised proper nouns NER left untagged right after "member(s) of the", that
   * no mention overlaps and no noun or possessive follows.
   */
  private static Optional<NameMention> untaggedAfterMemberOf(
      DocumentView view, Sentence sentence, List<NameMention> mentions) {
    List<Token> tokens = sentence.tokens();
    for (int start = 3; start < tokens.size(); start++) {
      if (!lower(view, sentence, start - 1).equals("the")
          || !afterMemberOf(view, sentence, start)
          || !untaggedProperNoun(view, sentence, start)) {
        continue;
      }
      int end = start + 1;
      while (end < tokens.size()
          && (untaggedProperNoun(view, sentence, end)
              || CONNECTORS.contains(view.tokenText(sentence, end))
                  && end + 1 < tokens.size()
                  && untaggedProperNoun(view, sentence, end + 1))) {
        end++;
      }
      int first = start;
      int last = end;
      boolean overlapped =
          tokens.subList(first, last).stream()
              .anyMatch(t -> NameMention.anyOverlaps(mentions, view.id(), t));
      if (last - first >= 2 && !overlapped && !nounFollows(sentence, last)) {
        return Optional.of(
            view.mention(sentence, first, last, NerTag.ORGANIZATION, NameMention.Origin.DESCRIBED));
      }
    }
    return Optional.empty();
  }

  private static boolean untaggedProperNoun(DocumentView view, Sentence sentence, int i) {
    Token token = sentence.tokens().get(i);
    String word = view.tokenText(sentence, i);
    return token.pos().startsWith("NNP")
        && token.ner() == NerTag.O
        && !word.isEmpty()
        && Character.isUpperCase(word.charAt(0));
  }

  private static String lower(DocumentView view, Sentence sentence, int i) {
    return view.tokenText(sentence, i).toLowerCase(Locale.ROOT);
  }
}

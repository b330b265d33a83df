package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.PosTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Spreads names the corpus defines to every place the text uses them, since NER is unstable on long
 * names and rare acronyms: a long name defined with an acronym anywhere in the corpus replaces the
 * partial mentions NER made of it elsewhere ("Coastal Patrol" + "Peru" becomes "Coastal Patrol and
 * Rescue for Peru"); a defined acronym, or an untagged acronym whose letters are the initials of an
 * organisation named in the corpus ("G20" for "Group of Twenty"), becomes a mention wherever it
 * occurs.
 */
final class NamePropagation {

  private static final Set<String> NAME_FUNCTION_WORDS =
      Set.of("of", "for", "and", "on", "the", "de");

  private final Map<String, NerTag> longNames;
  private final Map<String, NerTag> acronyms;
  private final Set<String> organizationInitials;

  /**
   * @param longNames defined long names mapped to their NER type
   * @param acronyms defined acronyms and group names mapped to their NER type
   * @param organizationInitials initials of the corpus's multi-word organisation names
   */
  NamePropagation(
      Map<String, NerTag> longNames,
      Map<String, NerTag> acronyms,
      Set<String> organizationInitials) {
    this.longNames = sortedLongestFirst(longNames);
    this.acronyms = Map.copyOf(acronyms);
    this.organizationInitials = Set.copyOf(organizationInitials);
  }

  /**
   * The long names in the order they are spread: longest first (a name that crosses one already
   * placed is not placed), then alphabetical, so that every run gives the same mentions.
   */
  private static Map<String, NerTag> sortedLongestFirst(Map<String, NerTag> names) {
    Map<String, NerTag> sorted =
        new TreeMap<>(
            Comparator.comparingInt(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()));
    sorted.putAll(names);
    return Collections.unmodifiableMap(sorted);
  }

  /** The document's mentions with the corpus's defined names spread over it. */
  List<NameMention> apply(DocumentView view, List<NameMention> mentions) {
    List<NameMention> result = new ArrayList<>(mentions);
    longNames.forEach((name, ner) -> occurrences(view, name, ner).forEach(m -> insert(result, m)));
    for (Sentence sentence : view.sentences()) {
      for (Token token : sentence.tokens()) {
        String word = view.tokenText(sentence, token.index());
        NerTag ner = acronymType(token, word);
        if (ner != null && !NameMention.anyOverlaps(result, view.id(), token)) {
          result.add(
              view.mention(
                  sentence, token.index(), token.index() + 1, ner, NameMention.Origin.DEFINED));
        }
      }
    }
    result.sort(NameMention.TEXT_ORDER);
    return result;
  }

  /**
   * Whether the text is a proper name of at least two words: every word capitalised, apart from the
   * function words names contain ("Bank for International Settlements").
   */
  static boolean isProperName(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      boolean capitalised = Character.isUpperCase(word.codePointAt(0));
      if (!capitalised && !NAME_FUNCTION_WORDS.contains(word)) {
        return false;
      }
    }
    return Character.isUpperCase(words[words.length - 1].codePointAt(0));
  }

  private NerTag acronymType(Token token, String word) {
    if (acronyms.containsKey(word)) {
      return acronyms.get(word);
    }
    boolean untagged =
        token.ner() == NerTag.O
            && (PosTag.isNoun(token.pos()) || PosTag.isCardinalNumber(token.pos()));
    if (untagged
        && Initials.isAcronym(word)
        && organizationInitials.contains(Initials.letters(word))) {
      return NerTag.ORGANIZATION;
    }
    return null;
  }

  /** Occurrences of the name that start and end at token boundaries. */
  private static List<NameMention> occurrences(DocumentView view, String name, NerTag ner) {
    List<NameMention> found = new ArrayList<>();
    String text = view.text();
    for (Sentence sentence : view.sentences()) {
      List<Token> tokens = sentence.tokens();
      for (int start = 0; start < tokens.size(); start++) {
        if (!text.startsWith(name, tokens.get(start).begin())) {
          continue;
        }
        int endOffset = tokens.get(start).begin() + name.length();
        for (int end = start; end < tokens.size() && tokens.get(end).begin() < endOffset; end++) {
          if (tokens.get(end).end() == endOffset) {
            found.add(view.mention(sentence, start, end + 1, ner, NameMention.Origin.REPAIRED));
          }
        }
      }
    }
    return found;
  }

  /**
   * Adds a mention, dropping the mentions inside it; a mention with the same span stays, and a
   * mention that crosses its boundary keeps the new one out.
   */
  private static void insert(List<NameMention> mentions, NameMention added) {
    for (NameMention existing : mentions) {
      boolean inside = existing.begin() >= added.begin() && existing.end() <= added.end();
      boolean same = existing.begin() == added.begin() && existing.end() == added.end();
      if (existing.overlaps(added) && (same || !inside)) {
        return;
      }
    }
    mentions.removeIf(m -> m.overlaps(added));
    mentions.add(added);
  }
}

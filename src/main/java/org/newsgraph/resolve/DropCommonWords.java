package org.newsgraph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.annotate.NerTag;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Drops mentions that cannot name an entity: those without a capital letter or digit, and single
 * capitalised common words that the corpus also writes in lower case ("Navy", "Signal"), unless NER
 * took them for a person or they are acronyms. Demonyms stay.
 */
final class DropCommonWords implements ResolutionStep {

  @Override
  public Resolution apply(Resolution resolution) {
    Set<String> lowerCaseWords = lowerCaseWords(resolution.documents());
    Map<String, List<NameMention>> mentionsByDoc = new TreeMap<>();
    for (DocumentView view : resolution.documents()) {
      mentionsByDoc.put(
          view.id(),
          resolution.mentionsOf(view).stream()
              .filter(m -> m.origin() == NameMention.Origin.DEMONYM || isName(m, lowerCaseWords))
              .toList());
    }
    return resolution.withMentions(mentionsByDoc);
  }

  private static boolean isName(NameMention mention, Set<String> lowerCaseWords) {
    String text = mention.text();
    if (text.chars().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
      return false;
    }
    boolean oneWord = !text.contains(" ") && !text.contains("-");
    return !(oneWord
        && mention.ner() != NerTag.PERSON
        && !Initials.isAcronym(text)
        && lowerCaseWords.contains(text.toLowerCase(Locale.ROOT)));
  }

  private static Set<String> lowerCaseWords(List<DocumentView> views) {
    Set<String> words = new HashSet<>();
    for (DocumentView view : views) {
      for (Sentence sentence : view.sentences()) {
        for (Token token : sentence.tokens()) {
          String word = view.tokenText(sentence, token.index());
          if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }
}

package org.newsgraph.link;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.RuleFile;

/**
 * The geographic words of {@value #RESOURCE} ("Sea", "Desert", "Province"): a place's article
 * titled by its name and one of these words is the usual full name of the place ("Caspian" and
 * "Caspian_Sea").
 */
final class PlaceWords {

  static final String RESOURCE = "org/newsgraph/link/place-words.txt";

  private final Set<String> words;

  PlaceWords(Set<String> words) {
    Set<String> lower = new HashSet<>();
    words.forEach(word -> lower.add(word.strip().toLowerCase(Locale.ROOT)));
    this.words = Set.copyOf(lower);
  }

  /** The words of the resource file. */
  static PlaceWords loadDefault() {
    return new PlaceWords(new HashSet<>(RuleFile.lines(RESOURCE)));
  }

  /** Whether the word (any case) is one of the geographic words. */
  boolean isFeatureWord(String word) {
    return words.contains(word.strip().toLowerCase(Locale.ROOT));
  }
}

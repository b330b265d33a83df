package org.newsgraph.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Sentence;

/**
 * Groups the name mentions of all documents that name the same entity ({@link NameClusterer});
 * demonyms are not clustered.
 */
final class ClusterNames implements ResolutionStep {

  private final PlaceGazetteer places;

  ClusterNames(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public Resolution apply(Resolution resolution) {
    List<NameMention> names =
        resolution.allMentions().stream()
            .filter(m -> m.origin() != NameMention.Origin.DEMONYM)
            .toList();
    return resolution.withClusters(
        new NameClusterer(places, afterPlaceWord(resolution, names))
            .cluster(names, resolution.definitions()));
  }

  /** Words after which a name is a place: "based in X", "near X", "from X". */
  private static final Set<String> PLACE_WORDS =
      Set.of("in", "at", "near", "from", "outside", "across", "to", "into", "of");

  /** The mentions right after a word that introduces a place ("in", "at", "near", "from"...). */
  private static Set<NameMention> afterPlaceWord(Resolution resolution, List<NameMention> names) {
    Set<NameMention> after = new HashSet<>();
    for (NameMention mention : names) {
      if (mention.tokenBegin() == 0) {
        continue;
      }
      DocumentView view = resolution.document(mention.docId());
      Sentence sentence = view.sentence(mention.sentence());
      String before = view.tokenText(sentence, mention.tokenBegin() - 1);
      if (PLACE_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
        after.add(mention);
      }
    }
    return after;
  }
}

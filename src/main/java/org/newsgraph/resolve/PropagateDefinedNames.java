package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.annotate.NerTag;

/**
 * Spreads the defined long names and acronyms over every document ({@link NamePropagation}), and
 * tags untagged acronyms that spell the initials of one of the corpus's multi-word organisation
 * names.
 */
final class PropagateDefinedNames implements ResolutionStep {

  private final PlaceGazetteer places;

  PropagateDefinedNames(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public Resolution apply(Resolution resolution) {
    NamePropagation propagation =
        new NamePropagation(
            resolution.longNames(), resolution.acronyms(), organizationInitials(resolution));
    Map<String, List<NameMention>> mentionsByDoc = new TreeMap<>();
    for (DocumentView view : resolution.documents()) {
      mentionsByDoc.put(view.id(), propagation.apply(view, resolution.mentionsOf(view)));
    }
    return resolution.withMentions(mentionsByDoc);
  }

  /** Initials of the corpus's multi-word organisation names, for spotting untagged acronyms. */
  private Set<String> organizationInitials(Resolution resolution) {
    Set<String> initials = new HashSet<>();
    List<String> names = new ArrayList<>(resolution.longNames().keySet());
    resolution.mentions().values().stream()
        .flatMap(List::stream)
        .filter(m -> m.ner() == NerTag.ORGANIZATION)
        .forEach(m -> names.add(m.text()));
    for (String name : names) {
      String key = ClusterKeys.key(name);
      if (key.contains(" ")) {
        initials.add(Initials.of(key));
        Optional.of(key.split(" ", 2)[1])
            .filter(rest -> places.isNationQualifier(key.split(" ", 2)[0]))
            .ifPresent(rest -> initials.add(Initials.of(rest)));
      }
    }
    return initials;
  }
}

package org.newsgraph.resolve;

import java.util.List;

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
        new NameClusterer(places).cluster(names, resolution.definitions()));
  }
}

package org.newsgraph.resolve;

/**
 * Turns the clusters into typed, labelled entities ({@link EntityBuilder}); mentions in headings
 * and page furniture count less.
 */
final class BuildEntities implements ResolutionStep {

  private final PlaceGazetteer places;

  BuildEntities(PlaceGazetteer places) {
    this.places = places;
  }

  @Override
  public Resolution apply(Resolution resolution) {
    EntityBuilder builder =
        new EntityBuilder(places, m -> resolution.document(m.docId()).isWeak(m.sentence()));
    return resolution.withEntities(builder.build(resolution.clusters()));
  }
}

package org.newsgraph.resolve;

import java.util.Optional;

/**
 * National capitals and their countries, from the bundled list of sovereign states ({@code
 * countries.tsv}), for stages after resolution (a news dateline "OTTAWA, March 4 —" places the
 * story in Canada). Immutable.
 */
public final class Capitals {

  private final PlaceGazetteer places;

  private Capitals(PlaceGazetteer places) {
    this.places = places;
  }

  /** The bundled list. */
  public static Capitals loadDefault() {
    return new Capitals(PlaceGazetteer.loadDefault());
  }

  /** The standard name of the country whose capital this is, if it is one. */
  public Optional<String> countryOf(String city) {
    return places.countryOfCapital(city);
  }
}

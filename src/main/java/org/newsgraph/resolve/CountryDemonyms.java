package org.newsgraph.resolve;

import java.util.Optional;

/**
 * The sovereign state a demonym names ("French" gives "France"), from the bundled country list and
 * CoreNLP's demonym table ({@link PlaceGazetteer}); public for the extract stage, which reads "the
 * French-led Operation X" as France taking part. Immutable once loaded.
 */
public final class CountryDemonyms {

  private final PlaceGazetteer places;

  private CountryDemonyms(PlaceGazetteer places) {
    this.places = places;
  }

  /** The demonyms of the bundled lists. */
  public static CountryDemonyms loadDefault() {
    return new CountryDemonyms(PlaceGazetteer.loadDefault());
  }

  /** The country's standard name, when the word is a demonym of exactly one country. */
  public Optional<String> countryOf(String demonym) {
    return places.countryOfDemonym(demonym);
  }
}

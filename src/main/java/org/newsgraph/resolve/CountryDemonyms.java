package org.newsgraph.resolve;

import java.util.Optional;

/**
 * The sovereign state a demonym names ("French" gives "France"), from the bundled country list and
 * CoreNLP's demonym table ({@link PlaceGazetteer}); public for the extract stage, which reads "the
 * French-led Operation X" as France taking part.
 */
public final class CountryDemonyms {

  private CountryDemonyms() {}

  /** Loads the gazetteer once, on first use. */
  private static final class Holder {
    static final PlaceGazetteer PLACES = PlaceGazetteer.loadDefault();
  }

  /** The country's standard name, when the word is a demonym of exactly one country. */
  public static Optional<String> countryOf(String demonym) {
    return Holder.PLACES.countryOfDemonym(demonym);
  }
}

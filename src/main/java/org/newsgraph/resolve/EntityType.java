package org.newsgraph.resolve;

/** The one type each canonical entity has. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  CITY,
  /** Every other named place: regions, territories, seas, bases. */
  PLACE
}

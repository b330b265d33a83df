package org.newsgraph.export;

import java.util.Map;

/**
 * The colour of each entity type in the exports (the viewer page of {@code newsgraph serve} uses
 * the same colours): a colour-blind-safe palette (Okabe and Ito).
 */
final class EntityColors {

  private static final Map<String, String> BY_TYPE =
      Map.of(
          "Person", "#0072B2",
          "Organization", "#E69F00",
          "Country", "#009E73",
          "City", "#CC79A7",
          "Place", "#56B4E9");

  private static final String OTHER = "#999999";

  private EntityColors() {}

  /** The colour of a type as {@code #rrggbb}. */
  static String hex(String type) {
    return BY_TYPE.getOrDefault(type, OTHER);
  }

  /** The red, green and blue components (0-255) of a type's colour. */
  static int[] rgb(String type) {
    int value = Integer.parseInt(hex(type).substring(1), 16);
    return new int[] {(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF};
  }
}

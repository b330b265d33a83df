package org.newsgraph.serve;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The document ids {@code POST /ingest} accepts: like the ids of built files (paths relative to the
 * input folder), one or more {@code /}-separated segments of letters, digits, spaces, {@code .},
 * {@code _} and {@code -}, each starting with a letter or digit, at most {@value #MAX_LENGTH}
 * characters in all. So an id never starts with {@code /} and never holds {@code ..} as a segment.
 */
public final class DocumentIds {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 200;

  private static final String SEGMENT = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*";
  private static final Pattern ID = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

  private DocumentIds() {}

  /**
   * Checks an id.
   *
   * @return empty when the id is acceptable, otherwise what is wrong with it and what to do
   */
  public static Optional<String> check(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.of(
          "The document id is missing: give it as ?id=NAME, e.g. ?id=press/2024-05-01.txt");
    }
    if (id.length() > MAX_LENGTH) {
      return Optional.of(
          "The document id is " + id.length() + " characters long: give at most " + MAX_LENGTH);
    }
    if (!ID.matcher(id).matches()) {
      return Optional.of(
          "The document id '"
              + id
              + "' is not allowed: use letters, digits, spaces, '.', '_'"
              + " and '-' in '/'-separated parts that each start with a letter or digit, e.g."
              + " press/2024-05-01.txt");
    }
    return Optional.empty();
  }
}

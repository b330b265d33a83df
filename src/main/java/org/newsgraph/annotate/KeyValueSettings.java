package org.newsgraph.annotate;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text {@code key=value} settings of one kind (e.g. {@code annotator} or {@code link}), as given by
 * {@code --annotator k=v}, {@code --link k=v} or a build record: rejects unknown keys and reads
 * typed values, keys not given falling back to a default. Every message names the kind and the key,
 * e.g. {@code Link setting 'minScore' must be ...}.
 */
public final class KeyValueSettings {

  private final String kind;
  private final Map<String, String> values;

  private KeyValueSettings(String kind, Map<String, String> values) {
    this.kind = kind;
    this.values = Collections.unmodifiableMap(new HashMap<>(values));
  }

  /**
   * The values, once every key is known.
   *
   * @param kind the settings' kind in lower case, as messages name it ({@code link})
   * @param known the accepted keys, in the order messages list them
   * @throws IllegalArgumentException naming the first unknown key and the known ones
   */
  public static KeyValueSettings read(String kind, List<String> known, Map<String, String> values) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        throw new IllegalArgumentException(
            "Unknown "
                + kind
                + " setting '"
                + key
                + "'; known settings: "
                + String.join(", ", known));
      }
    }
    return new KeyValueSettings(kind, values);
  }

  /** The text value of a key, or the fallback when it is not given. */
  public String text(String key, String fallback) {
    return values.getOrDefault(key, fallback);
  }

  /**
   * The {@code true}/{@code false} value of a key (any case), or the fallback when it is not given.
   *
   * @throws IllegalArgumentException naming the key when the value is neither
   */
  public boolean bool(String key, boolean fallback) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw invalid(kind, key, "must be true or false; got '" + value + "'");
  }

  /**
   * The decimal number of a key, or the fallback when it is not given.
   *
   * @param expected what the value must be, for the message ({@code a number between 0 and 1})
   * @throws IllegalArgumentException naming the key when the value is not a number
   */
  public double number(String key, double fallback, String expected) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      IllegalArgumentException error =
          invalid(kind, key, "must be " + expected + "; got '" + value + "'");
      error.initCause(e);
      throw error;
    }
  }

  /**
   * The whole number of a key, or the fallback when it is not given.
   *
   * @param expected what the value must be, for the message ({@code a whole number, at least 1})
   * @throws IllegalArgumentException naming the key when the value is not a whole number
   */
  public int integer(String key, int fallback, String expected) {
    String value = values.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.trim().replace("_", ""));
    } catch (NumberFormatException e) {
      IllegalArgumentException error =
          invalid(kind, key, "must be " + expected + "; got '" + value + "'");
      error.initCause(e);
      throw error;
    }
  }

  /**
   * The error for an invalid value: {@code Kind setting 'key' PROBLEM}.
   *
   * @param problem what is wrong, e.g. {@code must be true or false; got 'yes'}
   */
  public static IllegalArgumentException invalid(String kind, String key, String problem) {
    String title = kind.substring(0, 1).toUpperCase(Locale.ROOT) + kind.substring(1);
    return new IllegalArgumentException(title + " setting '" + key + "' " + problem);
  }
}

package org.newsgraph.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An output format users choose by name ({@code --format json}): the one lookup, name to enum
 * constant, of the query, RDF and graph-viewer formats, with an error that lists the valid names.
 */
public interface NamedFormat {

  /** The format's name as users type it, e.g. {@code json}. */
  String optionName();

  /** Whether the user's text names this format: its option name, trimmed, in any case. */
  default boolean isCalled(String name) {
    return optionName().equalsIgnoreCase(name.trim());
  }

  /** The first format of the enum that {@link #isCalled} this name, if there is one. */
  static <E extends Enum<E> & NamedFormat> Optional<E> find(Class<E> type, String name) {
    return Arrays.stream(type.getEnumConstants()).filter(f -> f.isCalled(name)).findFirst();
  }

  /**
   * The format of the enum with this name.
   *
   * @param kind what the formats are, for the message ({@code query result format})
   * @throws IllegalArgumentException naming the accepted formats when there is none
   */
  static <E extends Enum<E> & NamedFormat> E byName(Class<E> type, String kind, String name) {
    return find(type, name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown " + kind + " '" + name + "': use one of " + names(type)));
  }

  /** The option names of the enum's formats, comma-separated, in declaration order. */
  static <E extends Enum<E> & NamedFormat> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(NamedFormat::optionName)
        .collect(Collectors.joining(", "));
  }
}

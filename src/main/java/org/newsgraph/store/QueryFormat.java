package org.newsgraph.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How query results are written. SELECT and ASK results use the named format (JSON is the SPARQL
 * 1.1 Query Results JSON format, XML the SPARQL Query Results XML format). CONSTRUCT and DESCRIBE
 * results are graphs: they are written as JSON-LD for {@link #JSON}, RDF/XML for {@link #XML}, and
 * Turtle for the others.
 */
public enum QueryFormat {
  /** A text table for people (the default). */
  TABLE,
  JSON,
  CSV,
  TSV,
  XML;

  /** The format's name as users type it, e.g. {@code json}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with this name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted formats when there is none
   */
  public static QueryFormat fromName(String name) {
    return Arrays.stream(values())
        .filter(f -> f.optionName().equalsIgnoreCase(name.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown query result format '"
                        + name
                        + "': use one of "
                        + Arrays.stream(values())
                            .map(QueryFormat::optionName)
                            .collect(Collectors.joining(", "))));
  }
}

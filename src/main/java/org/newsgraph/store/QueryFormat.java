package org.newsgraph.store;

import java.util.Locale;

/**
 * How query results are written. SELECT and ASK results use the named format (JSON is the SPARQL
 * 1.1 Query Results JSON format, XML the SPARQL Query Results XML format). CONSTRUCT and DESCRIBE
 * results are graphs: they are written as JSON-LD for {@link #JSON}, RDF/XML for {@link #XML}, and
 * Turtle for the others.
 */
public enum QueryFormat implements NamedFormat {
  /** A text table for people (the default). */
  TABLE,
  JSON,
  CSV,
  TSV,
  XML;

  @Override
  public String optionName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format with this name, case-insensitive.
   *
   * @throws IllegalArgumentException naming the accepted formats when there is none
   */
  public static QueryFormat fromName(String name) {
    return NamedFormat.byName(QueryFormat.class, "query result format", name);
  }
}

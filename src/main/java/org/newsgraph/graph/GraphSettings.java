package org.newsgraph.graph;

import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Settings of the graph builder.
 *
 * @param baseIri the IRI every data IRI starts with: absolute, ending in {@code /} or {@code #} (a
 *     {@code #} may appear only at the end)
 */
public record GraphSettings(String baseIri) {

  /** The default base IRI. */
  public static final String DEFAULT_BASE_IRI = "https://w3id.org/newsgraph/data/";

  /**
   * Checks the base IRI.
   *
   * @throws IllegalArgumentException with a message for the user when it is not usable
   */
  public GraphSettings {
    if (baseIri == null || !isUsableBase(baseIri)) {
      throw new IllegalArgumentException(
          "The base IRI '"
              + baseIri
              + "' is not usable: give an absolute IRI that ends in '/' or '#', e.g. "
              + DEFAULT_BASE_IRI);
    }
  }

  /** The settings with the default base IRI. */
  public static GraphSettings defaults() {
    return new GraphSettings(DEFAULT_BASE_IRI);
  }

  private static boolean isUsableBase(String iri) {
    boolean hashOnlyAtEnd = iri.indexOf('#') < 0 || iri.indexOf('#') == iri.length() - 1;
    if (!(iri.endsWith("/") || iri.endsWith("#")) || !hashOnlyAtEnd) {
      return false;
    }
    try {
      IRIx parsed = IRIx.create(iri);
      return parsed.isReference() && !parsed.hasViolations();
    } catch (IRIException e) {
      return false;
    }
  }
}

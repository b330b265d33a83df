package org.newsgraph.graph;

import java.io.IOException;
import java.io.InputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** The newsgraph ontology, read from the classpath copy of {@code ontology/newsgraph.ttl}. */
public final class Ontology {

  /** Where the build puts the ontology on the classpath. */
  public static final String RESOURCE = "/org/newsgraph/graph/newsgraph.ttl";

  private Ontology() {}

  /** Parses the ontology into a new in-memory graph. */
  public static Graph load() {
    try (InputStream in = Ontology.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The ontology " + RESOURCE + " is missing from the classpath: rebuild newsgraph");
      }
      return RDFParser.source(in).lang(Lang.TURTLE).base(NG.ONTOLOGY_IRI).toGraph();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the ontology " + RESOURCE, e);
    }
  }
}

package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.store.GraphStore;

/**
 * Writes a store's graph as RDF. Turtle, N-Triples, JSON-LD and RDF/XML get the union of all named
 * graphs (the ontology included) as one graph; TriG and N-Quads keep the named graphs. Output uses
 * the store's prefixes and is sorted (subject by subject for Turtle and TriG, line by line for
 * N-Triples and N-Quads), so the same store contents always give the same bytes.
 */
public final class RdfExporter {

  private RdfExporter() {}

  /** Writes the store's contents to {@code out} in {@code format}. */
  public static void write(GraphStore store, RdfFormat format, OutputStream out) {
    write(store.read(SortedDataset::of), format, out);
  }

  /** Writes sorted contents to {@code out} in {@code format} (the fuzz test writes its own). */
  static void write(SortedDataset content, RdfFormat format, OutputStream out) {
    switch (format) {
      case TURTLE -> stream(content, RDFFormat.TURTLE_BLOCKS, false, out);
      case NTRIPLES -> stream(content, RDFFormat.NTRIPLES, false, out);
      case TRIG -> stream(content, RDFFormat.TRIG_BLOCKS, true, out);
      case NQUADS -> stream(content, RDFFormat.NQUADS, true, out);
      case JSONLD -> writeGraph(content, RDFFormat.JSONLD, out);
      case RDFXML -> writeGraph(content, RDFFormat.RDFXML_PLAIN, out);
    }
    flush(out);
  }

  private static void stream(
      SortedDataset content, RDFFormat rdfFormat, boolean keepGraphs, OutputStream out) {
    StreamRDF writer = StreamRDFWriter.getWriterStream(out, rdfFormat);
    writer.start();
    content.prefixes().forEach(writer::prefix);
    if (keepGraphs) {
      content.quads().forEach(writer::quad);
    } else {
      content.unionTriples().forEach(writer::triple);
    }
    writer.finish();
  }

  private static void writeGraph(SortedDataset content, RDFFormat rdfFormat, OutputStream out) {
    Graph graph = GraphFactory.createDefaultGraph();
    List<Triple> triples = content.unionTriples();
    triples.forEach(graph::add);
    graph.getPrefixMapping().setNsPrefixes(content.prefixes());
    RDFWriter.source(graph).format(rdfFormat).output(out);
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

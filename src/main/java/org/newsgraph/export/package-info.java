/**
 * Export stage: writes a store's graph to files. {@link org.newsgraph.export.RdfExporter} writes
 * RDF ({@link org.newsgraph.export.RdfFormat}: Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML);
 * separate classes write graph-viewer formats. {@link org.newsgraph.export.NQuadsShardWriter}
 * writes a built dataset as N-Quads shards, one per partition of a Spark build ({@code build
 * --shards}).
 */
package org.newsgraph.export;

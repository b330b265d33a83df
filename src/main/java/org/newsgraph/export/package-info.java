/**
 * Export stage: writes a store's graph to files. {@link org.newsgraph.export.RdfExporter} writes
 * RDF ({@link org.newsgraph.export.RdfFormat}: Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML);
 * separate classes write graph-viewer formats.
 */
package org.newsgraph.export;

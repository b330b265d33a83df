package org.newsgraph.graph;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The RDF dataset of one build as the graph stage made it, handed to the store without its Jena
 * type showing to the stages that only pass it on.
 *
 * @param dataset the in-memory dataset, prefixes included
 */
public record BuiltGraph(DatasetGraph dataset) {}

/**
 * Graph stage: turns documents, resolved entities and facts into an RDF dataset following
 * docs/graph-model.md ({@link org.newsgraph.graph.GraphBuilder}), with the ontology's terms ({@link
 * org.newsgraph.graph.NG}), the reused vocabularies ({@link org.newsgraph.graph.Vocabulary}) and
 * deterministic IRIs ({@link org.newsgraph.graph.IriMinter}). Jena types stay in this package and
 * the store, export and serve packages.
 */
package org.newsgraph.graph;

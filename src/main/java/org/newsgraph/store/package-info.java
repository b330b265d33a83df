/**
 * Store stage: keeps the graph in a TDB2 database inside a store folder ({@link
 * org.newsgraph.store.GraphStore}), replaces it atomically on each build, answers SPARQL over the
 * union of its named graphs in several result formats, reads the stored documents back for
 * incremental builds, loads N-Quads shards with the parallel bulk loader into a new version of the
 * database that replaces the old one when complete, and summarises the contents ({@link
 * org.newsgraph.store.StoreInfo}).
 */
package org.newsgraph.store;

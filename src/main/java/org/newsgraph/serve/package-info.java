/**
 * The {@code serve} stage: a read-only SPARQL endpoint (embedded Apache Jena Fuseki) over a
 * newsgraph store, and the graph viewer page it serves at {@code /}. Entry point: {@link
 * org.newsgraph.serve.NewsgraphServer#start}; settings: {@link org.newsgraph.serve.ServeSettings}.
 */
package org.newsgraph.serve;

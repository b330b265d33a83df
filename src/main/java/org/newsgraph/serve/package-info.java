/**
 * The {@code serve} stage: a read-only SPARQL endpoint (embedded Apache Jena Fuseki) over a
 * newsgraph store, the graph viewer page it serves at {@code /}, and, when given a {@link
 * org.newsgraph.serve.DocumentIngestor}, an endpoint that adds documents ({@code POST /ingest},
 * loopback clients only). Entry point: {@link org.newsgraph.serve.NewsgraphServer#start}; settings:
 * {@link org.newsgraph.serve.ServeSettings}.
 */
package org.newsgraph.serve;

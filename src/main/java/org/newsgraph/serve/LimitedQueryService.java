package org.newsgraph.serve;

import java.time.Duration;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.tdb2.TDB2;

/**
 * Fuseki's SPARQL query handler with the server's limits: every query runs with the configured
 * timeout (a request's {@code timeout} parameter can only shorten it) and over the union default
 * graph; a SELECT, CONSTRUCT or DESCRIBE query that has no LIMIT, or a larger one, runs with {@code
 * LIMIT maxResults}. The server makes no outbound requests: {@code SERVICE} is refused. Regular
 * expressions ({@code REGEX}, {@code REPLACE}) stop at the timeout too ({@link BoundedQueries}).
 * The settings go into the request's own copy of the context, so nothing global changes.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

  private final String timeoutMillis;
  private final long maxResults;

  LimitedQueryService(Duration timeout, long maxResults) {
    this.timeoutMillis = Long.toString(timeout.toMillis());
    this.maxResults = maxResults;
  }

  @Override
  protected Pair<DatasetGraph, Query> decideDataset(
      HttpAction action, Query query, String queryStringLog) {
    if (BoundedQueries.callsService(query)) {
      ServletOps.errorBadRequest(
          "SERVICE is not available: this server makes no requests to other endpoints. Query"
              + " each endpoint from your own client and combine the results there");
    }
    Pair<DatasetGraph, Query> decided = super.decideDataset(action, query, queryStringLog);
    Query chosen = decided.getRight() == null ? query : decided.getRight();
    return Pair.create(
        decided.getLeft(), BoundedQueries.withCancellableRegex(capped(chosen, maxResults)));
  }

  @Override
  protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
    action.getContext().set(ARQ.queryTimeout, timeoutMillis);
    action.getContext().set(TDB2.symUnionDefaultGraph, true);
    action.getContext().set(ARQ.httpServiceAllowed, false);
    return super.createQueryExec(action, query, dataset);
  }

  /** The query, or a copy limited to {@code maxResults} solutions when it could return more. */
  static Query capped(Query query, long maxResults) {
    boolean returnsSolutions =
        query.isSelectType() || query.isConstructType() || query.isDescribeType();
    boolean withinCap = query.hasLimit() && query.getLimit() <= maxResults;
    if (!returnsSolutions || withinCap) {
      return query;
    }
    Query limited = query.cloneQuery();
    limited.setLimit(maxResults);
    return limited;
  }
}

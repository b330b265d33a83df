package org.newsgraph.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code newsgraph serve} runs.
 *
 * @param host the host name or address to listen on; a loopback address (the default {@value
 *     #DEFAULT_HOST}) keeps the server private to this machine
 * @param port the TCP port, 0 to let the system choose a free one
 * @param queryTimeout the longest a SPARQL query may run; a request's {@code timeout} parameter can
 *     only shorten it
 * @param maxResults the most solutions a SELECT, CONSTRUCT or DESCRIBE query returns: a query
 *     without a LIMIT, or with a larger one, is run with {@code LIMIT maxResults}
 */
public record ServeSettings(String host, int port, Duration queryTimeout, long maxResults) {

  /** The default host: the IPv4 loopback address. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  /** The default port, Fuseki's usual one. */
  public static final int DEFAULT_PORT = 3030;

  /** The default query timeout. */
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

  /** The default result cap. */
  public static final long DEFAULT_MAX_RESULTS = 10_000;

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException with a message for the user when a value is out of range
   */
  public ServeSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(queryTimeout, "queryTimeout");
    if (host.isBlank()) {
      throw new IllegalArgumentException("The host is empty: give a host name or address");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException(
          "The port " + port + " is out of range: give 1-65535, or 0 for any free port");
    }
    if (queryTimeout.isNegative() || queryTimeout.isZero() || queryTimeout.toMillis() == 0) {
      throw new IllegalArgumentException(
          "The query timeout " + queryTimeout + " is too short: give at least 1 millisecond");
    }
    if (maxResults < 1) {
      throw new IllegalArgumentException(
          "The result cap " + maxResults + " is too small: give 1 or more");
    }
  }

  /** The defaults: 127.0.0.1:3030, 30 s query timeout, at most 10,000 results. */
  public static ServeSettings defaults() {
    return new ServeSettings(
        DEFAULT_HOST, DEFAULT_PORT, DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_RESULTS);
  }

  /** These settings with another port. */
  public ServeSettings withPort(int newPort) {
    return new ServeSettings(host, newPort, queryTimeout, maxResults);
  }

  /** These settings with another host. */
  public ServeSettings withHost(String newHost) {
    return new ServeSettings(newHost, port, queryTimeout, maxResults);
  }

  /** These settings with another query timeout. */
  public ServeSettings withQueryTimeout(Duration newTimeout) {
    return new ServeSettings(host, port, newTimeout, maxResults);
  }

  /** These settings with another result cap. */
  public ServeSettings withMaxResults(long newMaxResults) {
    return new ServeSettings(host, port, queryTimeout, newMaxResults);
  }
}

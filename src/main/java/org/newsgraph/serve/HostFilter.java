package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses, with 403, requests to a server on the loopback interface whose {@code Host} header names
 * some other host. A browser sends the name the page used, so a web page that makes a DNS name
 * point at 127.0.0.1 (DNS rebinding) cannot read from or write to the local server. A server
 * listening on another interface answers every host name; its {@code /ingest} still checks.
 */
final class HostFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final boolean loopbackOnly;

  HostFilter(boolean loopbackOnly) {
    this.loopbackOnly = loopbackOnly;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String host = request.getHeader("Host");
    if (loopbackOnly && !LoopbackHosts.isLoopback(host)) {
      PlainTextReply.send(
          response,
          HttpServletResponse.SC_FORBIDDEN,
          "This server listens on this machine only and answers requests for localhost or"
              + " 127.0.0.1, not for '"
              + host
              + "': use http://127.0.0.1:"
              + request.getLocalPort()
              + "/, or start 'newsgraph serve --host' with the name clients use");
      return;
    }
    chain.doFilter(request, response);
  }
}

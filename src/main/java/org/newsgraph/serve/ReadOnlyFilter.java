package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses every request that would change the graph, before Fuseki sees it: SPARQL updates posted
 * to the query endpoint (directly or as a form) and writes through the Graph Store Protocol. The
 * answer is 405 with a message that says how the graph is changed instead. The request body is read
 * to its end first, so the client's connection stays usable for its next request.
 */
final class ReadOnlyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The most bytes of a refused body read before the connection is given up. */
  private static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

  private static final Set<String> WRITE_METHODS = Set.of("PUT", "POST", "DELETE", "PATCH");

  private static final String HOW_TO_CHANGE =
      "This server is read-only: add or change documents with 'newsgraph build', or start the"
          + " server with 'newsgraph serve --allow-ingest' and POST articles to "
          + IngestFilter.PATH
          + "?id=NAME";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI();
    if (NewsgraphServer.SPARQL_PATH.equals(path) && isUpdate(request)) {
      refuse(request, response, "SPARQL update is not available. " + HOW_TO_CHANGE, "GET, POST");
      return;
    }
    if (NewsgraphServer.DATA_PATH.equals(path) && WRITE_METHODS.contains(request.getMethod())) {
      refuse(
          request,
          response,
          "The Graph Store Protocol endpoint only reads. " + HOW_TO_CHANGE,
          "GET, HEAD");
      return;
    }
    chain.doFilter(request, response);
  }

  /** A POST whose body is an update, or a form with an {@code update} field. */
  static boolean isUpdate(HttpServletRequest request) {
    if (!"POST".equals(request.getMethod())) {
      return false;
    }
    String type = mediaType(request.getContentType());
    return type.equals("application/sparql-update")
        || (type.equals("application/x-www-form-urlencoded")
            && request.getParameter("update") != null);
  }

  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    return contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
  }

  private static void refuse(
      HttpServletRequest request, HttpServletResponse response, String message, String allow)
      throws IOException {
    drain(request);
    response.setHeader("Allow", allow);
    PlainTextReply.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, message);
  }

  /** Reads the body to its end; a form body that was parsed for its fields is already read. */
  private static void drain(HttpServletRequest request) throws IOException {
    InputStream body;
    try {
      body = request.getInputStream();
    } catch (IllegalStateException alreadyRead) {
      return;
    }
    long skipped = 0;
    byte[] buffer = new byte[8192];
    int read;
    while (skipped < MAX_DRAINED_BYTES && (read = body.read(buffer)) >= 0) {
      skipped += read;
    }
  }
}

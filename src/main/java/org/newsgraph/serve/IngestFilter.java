package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /ingest?id=NAME}: adds the text in the body (text/plain, UTF-8) to the store through
 * a {@link DocumentIngestor}, which may be called for several requests at once (it decides what
 * runs one at a time), and answers 201 with a JSON summary. Only clients on this machine may add
 * documents, and only by requests that no other web site's page made. Without an ingestor, every
 * request to {@code /ingest} gets 404. Other paths go on to Fuseki.
 */
final class IngestFilter extends HttpFilter {

  /** The path of the ingest endpoint. */
  static final String PATH = "/ingest";

  /** The largest body accepted, in bytes (a long article is some tens of kilobytes). */
  static final int MAX_BYTES = 5 * 1024 * 1024;

  private static final long serialVersionUID = 1L;

  private final transient Optional<DocumentIngestor> ingestor;
  private final transient ObjectMapper json = new ObjectMapper();

  IngestFilter(Optional<DocumentIngestor> ingestor) {
    this.ingestor = ingestor;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!PATH.equals(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    if (ingestor.isEmpty()) {
      refuse(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "This server does not accept documents: start it with 'newsgraph serve --allow-ingest'"
              + " to add documents with POST "
              + PATH
              + "?id=NAME");
      return;
    }
    if (!"POST".equals(request.getMethod())) {
      response.setHeader("Allow", "POST");
      refuse(
          response,
          HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          "Send the article with POST " + PATH + "?id=NAME (body: text/plain; charset=utf-8)");
      return;
    }
    Optional<String> refusal = forbidden(request);
    if (refusal.isPresent()) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, refusal.get());
      return;
    }
    if (!isPlainText(request.getContentType())) {
      refuse(
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "The body must be the article as text/plain; charset=utf-8 (got "
              + request.getContentType()
              + "), e.g. curl -H 'Content-Type: text/plain;"
              + " charset=utf-8' --data-binary @article.txt '...?id=NAME'");
      return;
    }
    String id = request.getParameter("id");
    Optional<String> badId = DocumentIds.check(id);
    if (badId.isPresent()) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, badId.get());
      return;
    }
    byte[] body = readBody(request.getInputStream());
    if (body.length > MAX_BYTES) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "The text is larger than "
              + MAX_BYTES / (1024 * 1024)
              + " MB: send one article at a"
              + " time, or add large files with 'newsgraph build'");
      return;
    }
    ingest(ingestor.get(), id, body, response);
  }

  private void ingest(DocumentIngestor target, String id, byte[] body, HttpServletResponse response)
      throws IOException {
    IngestOutcome outcome;
    try {
      outcome = target.ingest(id, body);
    } catch (IngestRejectedException e) {
      refuse(response, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      return;
    } catch (RuntimeException e) {
      refuse(
          response,
          HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
          "Adding the document '" + id + "' failed: " + e.getMessage());
      return;
    }
    response.setStatus(HttpServletResponse.SC_CREATED);
    response.setContentType("application/json; charset=utf-8");
    response.getOutputStream().write(json.writeValueAsBytes(outcome));
  }

  /** Why the client may not add documents, if it may not. */
  private static Optional<String> forbidden(HttpServletRequest request) {
    if (!isLoopback(request.getRemoteAddr())) {
      return Optional.of(
          "Documents can only be added from this machine (a loopback address);"
              + " run the request on the machine that runs 'newsgraph serve'");
    }
    String host = request.getHeader("Host");
    if (!LoopbackHosts.isLoopback(host)) {
      return Optional.of(
          "Documents can only be added through http://127.0.0.1 or http://localhost, not through '"
              + host
              + "'");
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !origin.equalsIgnoreCase("http://" + host)) {
      return Optional.of(
          "A page from "
              + origin
              + " may not add documents: only requests"
              + " without an Origin header (curl, scripts) or from this server's own pages can");
    }
    return Optional.empty();
  }

  private static boolean isLoopback(String address) {
    try {
      return address != null && InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** No content type, or text/plain with no charset or UTF-8. */
  static boolean isPlainText(String contentType) {
    if (contentType == null) {
      return true;
    }
    String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
    if (!parts[0].strip().equals("text/plain")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].strip();
      if (parameter.startsWith("charset=")) {
        String charset = parameter.substring("charset=".length()).replace("\"", "").strip();
        if (!charset.equals("utf-8") && !charset.equals("utf8")) {
          return false;
        }
      }
    }
    return true;
  }

  /** The body, or its first {@code MAX_BYTES + 1} bytes when it is too large. */
  private static byte[] readBody(InputStream in) throws IOException {
    return in.readNBytes(MAX_BYTES + 1);
  }

  private static void refuse(HttpServletResponse response, int status, String message)
      throws IOException {
    PlainTextReply.send(response, status, message);
  }
}

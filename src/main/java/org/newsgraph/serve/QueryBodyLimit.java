package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

/**
 * Caps the size of a SPARQL query posted directly ({@code application/sparql-query}) at {@link
 * #MAX_BYTES}: a larger body is answered with 413 before any of it is parsed, so a huge query
 * cannot fill the heap. Queries in a URL are capped by the server's header size, and queries in a
 * form by its form size limit.
 */
final class QueryBodyLimit extends HttpFilter {

  /** The largest query body accepted, in bytes. */
  static final int MAX_BYTES = 1024 * 1024;

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!isPostedQuery(request)) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getContentLengthLong() > MAX_BYTES) {
      tooLarge(response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
    if (body.length > MAX_BYTES) {
      tooLarge(response);
      return;
    }
    chain.doFilter(new BufferedBody(request, body), response);
  }

  private static boolean isPostedQuery(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && NewsgraphServer.SPARQL_PATH.equals(request.getRequestURI())
        && type != null
        && type.toLowerCase(Locale.ROOT).strip().startsWith("application/sparql-query");
  }

  private static void tooLarge(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    PlainTextReply.send(
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "The query is larger than "
            + MAX_BYTES / 1024
            + " KB: send a shorter query (put long lists of values in several queries)");
  }

  /** The request with its body read into memory, to be read again by the query handler. */
  private static final class BufferedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body is already read");
        }
      };
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}

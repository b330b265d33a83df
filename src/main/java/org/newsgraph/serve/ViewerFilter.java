package org.newsgraph.serve;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

/**
 * Serves the viewer page ({@code /}) and its files ({@code /viewer/...}) to GET and HEAD requests,
 * ahead of Fuseki's own dispatch; every other request goes on to Fuseki.
 */
final class ViewerFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  private final transient ViewerAssets assets;

  ViewerFilter(ViewerAssets assets) {
    this.assets = assets;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = request.getMethod();
    boolean reading = "GET".equals(method) || "HEAD".equals(method);
    Optional<ViewerAssets.Asset> asset =
        reading ? assets.find(request.getRequestURI()) : Optional.empty();
    if (asset.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    send(asset.get(), "HEAD".equals(method), response);
  }

  private static void send(ViewerAssets.Asset asset, boolean headOnly, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(asset.contentType());
    response.setHeader("Cache-Control", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (headOnly) {
      return;
    }
    try (InputStream in = asset.location().openStream()) {
      OutputStream out = response.getOutputStream();
      in.transferTo(out);
    }
  }
}

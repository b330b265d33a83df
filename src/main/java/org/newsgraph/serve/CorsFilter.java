package org.newsgraph.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for reading only: any web page may query the graph (GET, POST, HEAD and the
 * preflight OPTIONS), without credentials, so a page cannot act with a user's cookies or
 * authentication. Fuseki's own CORS filter, with these settings instead of its defaults (which
 * allow PUT, DELETE and PATCH and credentials).
 */
final class CorsFilter extends CrossOriginFilter {

  private static final Map<String, String> SETTINGS =
      Map.of(
          ALLOWED_ORIGINS_PARAM, "*",
          ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
          ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin",
          ALLOW_CREDENTIALS_PARAM, "false",
          EXPOSED_HEADERS_PARAM, "Content-Length, Content-Type, Last-Modified",
          CHAIN_PREFLIGHT_PARAM, "false");

  @Override
  public void init(FilterConfig config) throws ServletException {
    super.init(new Settings(config));
  }

  /** The container's filter configuration with this filter's settings. */
  private static final class Settings implements FilterConfig {
    private final FilterConfig container;

    Settings(FilterConfig container) {
      this.container = container;
    }

    @Override
    public String getFilterName() {
      return container == null ? "cors" : container.getFilterName();
    }

    @Override
    public ServletContext getServletContext() {
      return container == null ? null : container.getServletContext();
    }

    @Override
    public String getInitParameter(String name) {
      return SETTINGS.get(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
      return Collections.enumeration(SETTINGS.keySet());
    }
  }
}

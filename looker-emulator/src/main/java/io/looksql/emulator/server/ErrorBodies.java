package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Builds Looker's error bodies: {@code Error} and {@code ValidationError}. */
final class ErrorBodies {
  private static final String DOCS = "https://cloud.google.com/looker/docs/r/err/4.0/";

  private ErrorBodies() {
  }

  /**
   * Returns the documentation URL Looker puts in error bodies, e.g.
   * {@code .../4.0/404/get/lookml_models/:lookml_model_name}.
   *
   * @param path the route template ({@code {param}} segments) or, with no route, the request path
   */
  static String documentationUrl(int status, String method, String path) {
    String p = path;
    if (p.startsWith(ApiServer.API_PREFIX + "/")) {
      p = p.substring(ApiServer.API_PREFIX.length());
    } else if (p.startsWith("/api/")) {
      p = p.substring("/api".length());
    }
    p = p.replaceAll("\\{([^}/]+)}", ":$1");
    return DOCS + status + "/" + method.toLowerCase(Locale.ROOT) + p;
  }

  /** Returns the body for an error: {@code ValidationError} for a 422 naming a field, else {@code Error}. */
  static ObjectNode of(ApiException e, String method, String path) {
    String url = documentationUrl(e.status(), method, path);
    if (e.field() == null) {
      return error(e.getMessage(), url);
    }
    ObjectNode detail = Json.object();
    detail.put("field", e.field());
    detail.put("code", e.code());
    detail.put("message", e.getMessage());
    detail.put("documentation_url", url);
    ObjectNode body = Json.object();
    body.put("message", "Validation Failed");
    body.putArray("errors").add(detail);
    body.put("documentation_url", url);
    return body;
  }

  /** Returns an {@code Error} body. */
  static ObjectNode error(String message, String documentationUrl) {
    ObjectNode body = Json.object();
    body.put("message", message);
    body.put("documentation_url", documentationUrl);
    return body;
  }
}

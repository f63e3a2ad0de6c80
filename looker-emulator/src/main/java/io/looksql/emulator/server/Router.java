package io.looksql.emulator.server;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Maps a method and path to a handler; path templates have {@code {name}} segments. */
final class Router {
  /** Handles one matched request. */
  @FunctionalInterface
  interface Handler {
    void handle(ApiRequest request) throws Exception;
  }

  /** A route: method, path template, whether it needs a token, and its handler. */
  record Route(String method, String template, boolean authenticated, Handler handler) {
    String[] segments() {
      return template.substring(1).split("/", -1);
    }
  }

  /** The outcome of matching: a route and its parameters, or a 404/405 status. */
  record Match(Route route, Map<String, String> params, int status) {
  }

  private final List<Route> routes = new ArrayList<>();

  /** Adds a route that requires an access token. */
  Router add(String method, String template, Handler handler) {
    routes.add(new Route(method, template, true, handler));
    return this;
  }

  /** Adds a route open to anonymous callers. */
  Router addPublic(String method, String template, Handler handler) {
    routes.add(new Route(method, template, false, handler));
    return this;
  }

  /** Returns the first route matching; status 405 when only the method differs, else 404. */
  Match match(String method, String rawPath) {
    String[] parts = rawPath.substring(rawPath.startsWith("/") ? 1 : 0).split("/", -1);
    boolean pathMatched = false;
    for (Route r : routes) {
      Map<String, String> params = bind(r.segments(), parts);
      if (params == null) {
        continue;
      }
      if (r.method().equalsIgnoreCase(method)) {
        return new Match(r, params, 200);
      }
      pathMatched = true;
    }
    return new Match(null, Map.of(), pathMatched ? 405 : 404);
  }

  private static Map<String, String> bind(String[] template, String[] parts) {
    if (template.length != parts.length) {
      return null;
    }
    Map<String, String> params = new HashMap<>();
    for (int i = 0; i < template.length; i++) {
      String t = template[i];
      if (t.startsWith("{") && t.endsWith("}")) {
        if (parts[i].isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), decode(parts[i]));
      } else if (!t.equals(parts[i])) {
        return null;
      }
    }
    return params;
  }

  private static String decode(String segment) {
    try {
      // Path segments keep '+' literal; only percent escapes are decoded.
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}

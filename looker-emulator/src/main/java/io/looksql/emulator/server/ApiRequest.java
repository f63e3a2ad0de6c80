package io.looksql.emulator.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.sun.net.httpserver.HttpExchange;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** One API call: its exchange, matched route, parameters and caller; and the ways to answer it. */
final class ApiRequest {
  private final HttpExchange exchange;
  private final String template;
  private final Map<String, String> pathParams;
  private Map<String, String> queryParams;
  private byte[] body;
  private ApiUser user;
  private ApiUser sudoUser;
  private String token;
  private boolean responseStarted;

  ApiRequest(HttpExchange exchange, String template, Map<String, String> pathParams) {
    this.exchange = exchange;
    this.template = template;
    this.pathParams = pathParams;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  /** Returns the raw request path, without the query string. */
  String requestPath() {
    return exchange.getRequestURI().getRawPath();
  }

  /** Returns the route template, e.g. {@code /api/4.0/queries/{query_id}}. */
  String template() {
    return template;
  }

  /** Returns a path parameter, already URL-decoded. */
  String path(String name) {
    return pathParams.get(name);
  }

  /** Returns a query parameter, or null. */
  String query(String name) {
    if (queryParams == null) {
      queryParams = parseForm(exchange.getRequestURI().getRawQuery());
    }
    return queryParams.get(name);
  }

  /** Returns a boolean query parameter; absent means {@code defaultValue}. */
  boolean queryFlag(String name, boolean defaultValue) {
    String v = query(name);
    return v == null || v.isEmpty() ? defaultValue : Boolean.parseBoolean(v);
  }

  /** Returns a whole-number query parameter, or null when absent; 400 when not a number. */
  Long queryLong(String name) {
    String v = query(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Long.parseLong(v.trim());
    } catch (NumberFormatException e) {
      throw ApiException.of(400, "Invalid value for query parameter '" + name + "': " + v);
    }
  }

  /** Returns the {@code Authorization} header, or null. */
  String authorization() {
    return exchange.getRequestHeaders().getFirst("Authorization");
  }

  /** Returns the request body (read once, kept). */
  byte[] body() throws IOException {
    if (body == null) {
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
    }
    return body;
  }

  /** Returns the body parsed as JSON into {@code type}; 400 naming the problem when it is not. */
  <T> T bodyAs(Class<T> type) throws IOException {
    byte[] b = body();
    if (b.length == 0) {
      throw ApiException.of(400, "Request body is missing: expected a JSON " + type.getSimpleName());
    }
    try {
      return Json.MAPPER.readValue(b, type);
    } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
      // Jackson's own message names Java types; say what the API expects instead.
      String where = e.getPath().isEmpty() ? "the body"
          : "property '" + e.getPath().get(0).getFieldName() + "'";
      throw ApiException.of(400, "Invalid request body: " + where + " does not have the type a "
          + type.getSimpleName() + " expects");
    } catch (JsonProcessingException e) {
      throw ApiException.of(400, "Invalid JSON in request body: " + e.getOriginalMessage());
    }
  }

  void authenticate(ApiUser user, String token) {
    authenticate(user, token, null);
  }

  /** Records the caller: the user the token acts as, and the admin who sudo'd to it (or null). */
  void authenticate(ApiUser user, String token, ApiUser sudoUser) {
    this.user = user;
    this.token = token;
    this.sudoUser = sudoUser;
  }

  /** Returns the admin who obtained the caller's token with {@code login_user}, or null. */
  ApiUser sudoUser() {
    return sudoUser;
  }

  /** Returns a request header, or null. */
  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  /** Returns the authenticated caller; null only on routes that need no authentication. */
  ApiUser user() {
    return user;
  }

  /** Returns the access token the caller sent. */
  String token() {
    return token;
  }

  /** Returns whether the status line was sent, after which only aborting can signal an error. */
  boolean responseStarted() {
    return responseStarted;
  }

  /**
   * Answers with a JSON body; a successful one is reduced to the properties named by the
   * {@code fields} query parameter when there is one (see {@link FieldSelection}).
   */
  void sendJson(int status, Object body) throws IOException {
    Object out = body;
    String fields = status < 300 ? query("fields") : null;
    if (fields != null && !fields.isBlank()) {
      out = FieldSelection.parse(fields).apply(Json.MAPPER.valueToTree(body));
    }
    send(status, "application/json", Json.MAPPER.writeValueAsBytes(out));
  }

  /** Answers with a text body of the given content type. */
  void sendText(int status, String contentType, String text) throws IOException {
    send(status, contentType, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers 204 without a body. */
  void sendNoContent() throws IOException {
    responseStarted = true;
    exchange.sendResponseHeaders(204, -1);
  }

  /**
   * Sends a 200 status line and returns a buffered stream for a chunked body of unknown length;
   * the caller closes it.
   */
  OutputStream startStream(String contentType) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    responseStarted = true;
    exchange.sendResponseHeaders(200, 0);
    return new BufferedOutputStream(exchange.getResponseBody(), 1 << 16);
  }

  private void send(int status, String contentType, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", contentType);
    responseStarted = true;
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** Parses {@code a=1&b=2} (a query string or a form body); the first value of a name wins. */
  static Map<String, String> parseForm(String raw) {
    Map<String, String> params = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.putIfAbsent(name, value);
    }
    return params;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.of(400, "Malformed URL encoding: " + s);
    }
  }
}

package io.looksql.client;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One API call to make: method, path under {@code /api/4.0}, query, body and whether it is safe to
 * repeat after the server may have seen it.
 *
 * @param method HTTP method
 * @param path path relative to {@code /api/4.0}, its segments already encoded
 * @param query query parameters, in order
 * @param body request body, or null
 * @param contentType the body's media type, or null
 * @param idempotent whether repeating the call has no further effect
 * @param timeout time allowed until the response starts, null for the configured one
 * @param abort lets another thread stop the call, or null
 */
record ApiCall(String method, String path, Map<String, String> query, byte[] body,
    String contentType, boolean idempotent, Duration timeout, AbortSignal abort) {

  /** Returns a GET, which is idempotent. */
  static ApiCall get(String path) {
    return new ApiCall("GET", path, Map.of(), null, null, true, null, null);
  }

  /** Returns a DELETE, which is idempotent. */
  static ApiCall delete(String path) {
    return new ApiCall("DELETE", path, Map.of(), null, null, true, null, null);
  }

  /** Returns a POST of a JSON body; {@code idempotent} says whether it may be repeated. */
  static ApiCall postJson(String path, byte[] json, boolean idempotent) {
    return new ApiCall("POST", path, Map.of(), json, "application/json", idempotent, null, null);
  }

  /** Returns this call with a query parameter added; null values are left out. */
  ApiCall with(String name, Object value) {
    if (value == null) {
      return this;
    }
    Map<String, String> q = new LinkedHashMap<>(query);
    q.put(name, value.toString());
    return new ApiCall(method, path, q, body, contentType, idempotent, timeout, abort);
  }

  /** Returns this call with its own time limit until the response starts. */
  ApiCall withTimeout(Duration limit) {
    return new ApiCall(method, path, query, body, contentType, idempotent, limit, abort);
  }

  /** Returns this call with a signal that stops it from another thread. */
  ApiCall withAbort(AbortSignal signal) {
    return new ApiCall(method, path, query, body, contentType, idempotent, timeout, signal);
  }

  /** Returns whether the call was stopped with its {@link AbortSignal}. */
  boolean aborted() {
    return abort != null && abort.aborted();
  }

  /** Returns the path and the encoded query string. */
  String pathAndQuery() {
    if (query.isEmpty()) {
      return path;
    }
    StringJoiner q = new StringJoiner("&", path + "?", "");
    query.forEach((k, v) -> q.add(Forms.encode(k) + "=" + Forms.encode(v)));
    return q.toString();
  }

  /** Returns a path segment percent-encoded, e.g. an email or a model name. */
  static String segment(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("path segment must not be empty");
    }
    return Forms.encode(value).replace("+", "%20");
  }
}

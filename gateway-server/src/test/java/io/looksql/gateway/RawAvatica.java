package io.looksql.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Avatica's JSON protocol spoken by hand over plain HTTP, as the Go, Python and .NET clients
 * speak it: one POST per request, {@code {"request": kind, …}} in, {@code {"response": kind, …}}
 * or {@code {"response": "error", …}} out.
 */
final class RawAvatica {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final String url;
  private final String authorization;

  /** An answer: HTTP status and body. */
  record Answer(int status, JsonNode body, String text) {
    /** Returns whether the answer is Avatica's error response. */
    boolean isError() {
      return body != null && "error".equals(body.path("response").asText());
    }
  }

  RawAvatica(String url, String user, String password) {
    this.url = url;
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends one request, written as JSON text with single quotes for readability. */
  Answer send(String request) throws Exception {
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", authorization).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.replace('\'', '"'))).build(),
        HttpResponse.BodyHandlers.ofString());
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (Exception e) {
      body = null;
    }
    return new Answer(r.statusCode(), body, r.body());
  }

  /** Sends one request and returns its body; fails on an error answer. */
  JsonNode ok(String request) throws Exception {
    Answer a = send(request);
    if (a.status() != 200 || a.isError()) {
      throw new AssertionError("request " + request + " failed: " + a.status() + " " + a.text());
    }
    return a.body();
  }
}

package io.looksql.emulator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A minimal Looker API 4.0 client over real HTTP, logged in as the emulator's admin. */
final class LookerApiClient {
  /** Parses JSON numbers as BigDecimal, so that no value is rounded on the way in. */
  static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String api;
  private final String token;

  private LookerApiClient(String api, String token) {
    this.api = api;
    this.token = token;
  }

  /** Logs in with the emulator's admin API credentials. */
  static LookerApiClient login(LookerEmulator looker) {
    String api = looker.baseUrl() + "/api/4.0";
    String form = "client_id=" + URLEncoder.encode(looker.adminClientId(), StandardCharsets.UTF_8)
        + "&client_secret=" + URLEncoder.encode(looker.adminClientSecret(), StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))
        .build();
    HttpResponse<String> response = send(HttpClient.newHttpClient(), request);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("login failed: " + response.statusCode() + " " + response.body());
    }
    return new LookerApiClient(api, parse(response.body()).get("access_token").asText());
  }

  /** Runs a query inline ({@code POST /queries/run/{format}}) and returns the raw response. */
  HttpResponse<String> run(String format, String body) {
    return post("/queries/run/" + format, body);
  }

  /** Runs a query in the {@code json} format, failing unless the answer is 200. */
  JsonNode runJson(LookerQuery query) {
    HttpResponse<String> response = run("json", query.toString());
    if (response.statusCode() != 200) {
      throw new AssertionError("HTTP " + response.statusCode() + " for " + query + ": " + response.body());
    }
    return parse(response.body());
  }

  /** POSTs a JSON body to a path under {@code /api/4.0}. */
  HttpResponse<String> post(String path, String body) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
        .header("Authorization", "token " + token)
        .header("Content-Type", "application/json")
        .timeout(Duration.ofMinutes(2))
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return send(http, request);
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

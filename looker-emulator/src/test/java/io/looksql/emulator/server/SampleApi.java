package io.looksql.emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.LookerEmulator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The emulator over the sample project, data (scale 0.05) and sample users, with an HTTP client
 * and plain SQL on its database for expected answers.
 */
final class SampleApi implements AutoCloseable {
  /** The West region's states, as the sample's users.region dimension groups them. */
  static final String WEST = "('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii', 'Alaska')";
  /** The Northeast region's states. */
  static final String NORTHEAST =
      "('New York', 'Massachusetts', 'Maine', 'Rhode Island', 'New Jersey', 'Pennsylvania')";
  /** The South region's states. */
  static final String SOUTH = "('Texas', 'Florida', 'Georgia', 'Tennessee')";

  final LookerEmulator emulator;
  final HttpClient client = HttpClient.newHttpClient();

  SampleApi(LookerEmulator.Builder builder) {
    this.emulator = builder.start();
  }

  /** Starts the emulator with the sample defaults at scale 0.05. */
  static SampleApi start() {
    return new SampleApi(LookerEmulator.builder().scale(0.05));
  }

  String api(String path) {
    return emulator.baseUrl() + "/api/4.0" + path;
  }

  /** Logs in with a sample user's API3 key (the secret is the client id plus "-secret"). */
  String login(String clientId) throws Exception {
    HttpResponse<String> r = login(clientId, clientId + "-secret");
    assertEquals(200, r.statusCode(), r.body());
    return TestServer.json(r).get("access_token").asText();
  }

  HttpResponse<String> login(String clientId, String secret) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(api("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("client_id=" + enc(clientId)
            + "&client_secret=" + enc(secret))).build());
  }

  /** Returns a sudo token for the user, obtained with the given (admin) token. */
  String sudo(String token, String userId) throws Exception {
    HttpResponse<String> r = post("/login/" + userId, token, null);
    assertEquals(200, r.statusCode(), r.body());
    return TestServer.json(r).get("access_token").asText();
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    return send(TestServer.request(url(path), token).GET().build());
  }

  HttpResponse<String> delete(String path, String token) throws Exception {
    return send(TestServer.request(url(path), token).DELETE().build());
  }

  /** POSTs a JSON body (or none when null). */
  HttpResponse<String> post(String path, String token, String json) throws Exception {
    HttpRequest.Builder b = TestServer.request(url(path), token);
    if (json == null) {
      b.POST(HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
    }
    return send(b.build());
  }

  HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Returns the JSON body of a 200 response. */
  static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertEquals(200, r.statusCode(), r.body());
    return TestServer.json(r);
  }

  /** Runs plain SQL on the emulator's database; values as JDBC returns them. */
  List<List<Object>> sql(String sql) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = emulator.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /** Paths outside /api/4.0 (such as /emulator/history) are taken as they are. */
  private String url(String path) {
    return path.startsWith("/emulator/") ? emulator.baseUrl() + path : api(path);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override public void close() {
    emulator.close();
  }
}

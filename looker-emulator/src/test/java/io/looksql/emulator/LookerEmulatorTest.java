package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.emulator.server.TestPlanner;
import io.looksql.emulator.server.TestProject;
import io.looksql.emulator.server.TestServer;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The in-process entry point: builder options, accessors and close. */
class LookerEmulatorTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();

  private static LookerEmulator.Builder testBuilder(String jdbcUrl) {
    return LookerEmulator.builder()
        .project(TestProject.project())
        .planner(new TestPlanner(TestProject.project()))
        .jdbcUrl(jdbcUrl);
  }

  @Test void servesTheApiOnLoopbackWithAdminCredentials() throws Exception {
    String url = "jdbc:h2:mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (LookerEmulator looker = testBuilder(url).tokenTtl(Duration.ofMinutes(5)).start()) {
      assertTrue(looker.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), looker.baseUrl());
      assertEquals(TestProject.NAME, looker.project().name());
      assertEquals("looksql-admin", looker.adminClientId());
      assertEquals("looksql-admin-secret", looker.adminClientSecret());

      JsonNode login = post(looker, "/login", "application/x-www-form-urlencoded",
          "client_id=" + enc(looker.adminClientId()) + "&client_secret="
              + enc(looker.adminClientSecret()), null);
      assertEquals(300, login.get("expires_in").asLong());
      String token = login.get("access_token").asText();

      // Tests share the database through dataSource(): create a table, query it over HTTP.
      TestServer.createOrders(looker.dataSource());
      JsonNode rows = post(looker, "/queries/run/json", "application/json",
          "{\"model\":\"shop\",\"view\":\"orders\",\"limit\":\"4\"}", token);
      assertEquals(4, rows.size());
      assertEquals(1, rows.get(0).get("orders.id").asLong());
    }
  }

  @Test void closeStopsTheServerAndPool() throws Exception {
    String url = "jdbc:h2:mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    LookerEmulator looker = testBuilder(url).start();
    String base = looker.baseUrl();
    looker.close();
    assertThrows(IOException.class, () -> client.send(
        HttpRequest.newBuilder(URI.create(base + "/versions")).build(),
        HttpResponse.BodyHandlers.ofString()));
    assertThrows(Exception.class, () -> looker.dataSource().getConnection());
  }

  @Test void poolSessionsRunInUtc() throws Exception {
    String url = "jdbc:h2:mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (LookerEmulator looker = testBuilder(url).start();
        Connection c = looker.dataSource().getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT CURRENT_TIMESTAMP")) {
      rs.next();
      assertEquals(ZoneOffset.UTC, rs.getObject(1, OffsetDateTime.class).getOffset());
    }
  }

  @Test void fixedPortIsUsed() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    String url = "jdbc:h2:mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (LookerEmulator looker = testBuilder(url).port(port).start()) {
      assertEquals("http://127.0.0.1:" + port, looker.baseUrl());
    }
  }

  private JsonNode post(LookerEmulator looker, String path, String contentType, String body,
      String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/api/4.0" + path))
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return MAPPER.readTree(r.body());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

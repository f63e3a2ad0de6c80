package io.looksql.emulator.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.looksql.emulator.lookml.Project;
import io.looksql.emulator.sql.H2Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;

/** An {@link ApiServer} over {@link TestProject} and an H2 database holding ORDERS_T; an HTTP client. */
public final class TestServer implements AutoCloseable {
  /** Rows in ORDERS_T. */
  public static final int ORDER_ROWS = 300;
  static final ObjectMapper MAPPER = new ObjectMapper();

  final HikariDataSource dataSource;
  final ApiServer server;
  final HttpClient client = HttpClient.newHttpClient();
  final Project project = TestProject.project();

  TestServer() throws Exception {
    this(Clock.systemUTC(), Duration.ofHours(1));
  }

  TestServer(Clock clock, Duration tokenTtl) throws Exception {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl("jdbc:h2:mem:server-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    config.setConnectionInitSql(new H2Dialect().connectionInitSql());
    dataSource = new HikariDataSource(config);
    createOrders(dataSource);
    server = ApiServer.start(new ServerConfig(project, new H2Dialect(), dataSource,
        new TestPlanner(project), clock, tokenTtl, "127.0.0.1", 0));
  }

  /** Creates ORDERS_T: NULLs, dates, timestamps with fractions, text with commas, quotes, breaks. */
  public static void createOrders(javax.sql.DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE ORDERS_T (ID INT PRIMARY KEY, STATUS VARCHAR(20), IS_BIG VARCHAR(3),"
            + " CREATED_DATE DATE, CREATED_AT TIMESTAMP(3), AMOUNT DECIMAL(10,2), NOTE VARCHAR(200),"
            + " RATIO DOUBLE PRECISION)");
      }
      String[] statuses = {"complete", "pending", "cancelled"};
      String[] notes = {"plain", "comma, inside", "quote \"q\" here", "line\nbreak", "tab\there",
          "crlf\r\nend", "unicode ünïcødé €", ""};
      try (PreparedStatement ps = c.prepareStatement(
          "INSERT INTO ORDERS_T VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (int i = 1; i <= ORDER_ROWS; i++) {
          LocalDateTime at = LocalDateTime.of(2023, 1, 1, 0, 0)
              .plusMinutes(i * 1447L).plusNanos((i % 5) * 123_000_000L);
          BigDecimal amount = BigDecimal.valueOf(i * 137L % 20000, 2);
          ps.setInt(1, i);
          ps.setObject(2, i % 7 == 0 ? null : statuses[i % 3]);
          ps.setObject(3, amount.compareTo(BigDecimal.valueOf(100)) > 0 ? "Yes" : "No");
          ps.setObject(4, i % 11 == 0 ? null : at.toLocalDate());
          ps.setObject(5, i % 13 == 0 ? null : at);
          ps.setObject(6, i % 17 == 0 ? null : amount);
          ps.setObject(7, i % 19 == 0 ? null : notes[i % notes.length] + " #" + i);
          ps.setObject(8, i % 23 == 0 ? null : i / 7.0);
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  String api(String path) {
    return server.baseUrl() + "/api/4.0" + path;
  }

  /** Logs in as the admin and returns the access token. */
  String login() throws Exception {
    HttpResponse<String> r = postForm("/login", "client_id=" + enc(server.adminClientId())
        + "&client_secret=" + enc(server.adminClientSecret()));
    if (r.statusCode() != 200) {
      throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
    }
    return MAPPER.readTree(r.body()).get("access_token").asText();
  }

  HttpResponse<String> get(String path, String token) throws Exception {
    return send(request(api(path), token).GET().build());
  }

  HttpResponse<String> delete(String path, String token) throws Exception {
    return send(request(api(path), token).DELETE().build());
  }

  HttpResponse<String> postJson(String path, String token, String json) throws Exception {
    return send(request(api(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  HttpResponse<InputStream> postJsonStream(String path, String token, String json)
      throws Exception {
    return client.send(request(api(path), token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
  }

  HttpResponse<String> postForm(String path, String form) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(api(path)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpRequest.Builder request(String url, String token) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
    if (token != null) {
      b.header("Authorization", "token " + token);
    }
    return b;
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Returns a query body over the given explore of model {@code shop}. */
  static String query(String view, String limit) {
    return "{\"model\":\"shop\",\"view\":\"" + view + "\",\"fields\":[\"orders.id\"]"
        + (limit == null ? "" : ",\"limit\":\"" + limit + "\"") + "}";
  }

  /** Asserts the response is Looker's {@code Error} body with this status and documentation path. */
  static void assertError(HttpResponse<String> r, int status, String docPathSuffix)
      throws IOException {
    assertEquals(status, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertTrue(body.get("message").isTextual(), r.body());
    String url = body.get("documentation_url").asText();
    assertTrue(url.startsWith("https://cloud.google.com/looker/docs/r/err/4.0/" + status + "/"), url);
    if (docPathSuffix != null) {
      assertTrue(url.endsWith(docPathSuffix), url);
    }
  }

  @Override public void close() {
    server.close();
    dataSource.close();
  }
}

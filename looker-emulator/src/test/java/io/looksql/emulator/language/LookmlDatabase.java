package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database holding tables made for one test, and the emulator serving LookML over them (model
 * {@code lang}) over real HTTP, logged in as the admin; plain SQL on the same database gives the
 * expected answers. On H2 (a fresh in-memory database) or on PostgreSQL, where the tables are
 * replaced.
 */
final class LookmlDatabase implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private final String jdbcUrl;
  private final LookerEmulator emulator;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String token;

  /**
   * Creates the tables with {@code setup} (statements run in order) and starts the emulator over
   * the model file's LookML (and any further files).
   */
  LookmlDatabase(String jdbcUrl, List<String> setup, String model, LookmlFile... more) throws Exception {
    this.jdbcUrl = jdbcUrl;
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute("SET TIME ZONE 'UTC'");
      for (String statement : setup) {
        s.execute(statement);
      }
    }
    List<LookmlFile> files = new ArrayList<>(List.of(new LookmlFile("lang.model.lkml", model)));
    files.addAll(List.of(more));
    this.emulator = LookerEmulator.builder().jdbcUrl(jdbcUrl).loadSample(false)
        .projectName("lang").lookml(files).start();
    String form = "client_id=" + enc(emulator.adminClientId()) + "&client_secret="
        + enc(emulator.adminClientSecret());
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(api("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, login.statusCode(), login.body());
    this.token = JSON.readTree(login.body()).get("access_token").asText();
  }

  /** Returns a new in-memory H2 database's URL. */
  static String h2() {
    return "jdbc:h2:mem:lang-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  /** Runs a query (the JSON body of {@code POST /queries/run/json}, model {@code lang}) and returns its rows. */
  JsonNode run(String query) throws Exception {
    HttpResponse<String> r = post("/queries/run/json", query);
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Runs a query and returns the raw response, for errors. */
  HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(api(path)))
        .header("Authorization", "token " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Returns the SQL the emulator writes for a query. */
  String sqlOf(String query) throws Exception {
    HttpResponse<String> r = post("/queries/run/sql", query);
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  /** Returns an explore's metadata. */
  JsonNode explore(String name) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
        URI.create(api("/lookml_models/lang/explores/" + name)))
        .header("Authorization", "token " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return JSON.readTree(r.body());
  }

  /** Runs plain SQL on the database; values as JDBC returns them, dates and timestamps as java.time. */
  List<List<Object>> sql(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
      s.execute("SET TIME ZONE 'UTC'");
      try (ResultSet rs = s.executeQuery(sql)) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            // java.time values, so that the JVM's time zone cannot shift them.
            int type = rs.getMetaData().getColumnType(i);
            row.add(type == Types.TIMESTAMP ? rs.getObject(i, LocalDateTime.class)
                : type == Types.DATE ? rs.getObject(i, LocalDate.class) : rs.getObject(i));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /**
   * Runs a Looker query of the {@code lang} model sorted by its first field, with optional
   * filters (JSON members, or null); each value as text, so that it compares with {@link #sqlText}.
   */
  List<List<String>> queryText(String explore, String fields, String filters) throws Exception {
    JsonNode rows = run("{\"model\":\"lang\",\"view\":\"" + explore + "\",\"fields\":[" + fields
        + "],\"sorts\":[" + fields.split(",")[0] + "]"
        + (filters == null ? "" : ",\"filters\":{" + filters + "}") + "}");
    List<List<String>> out = new ArrayList<>();
    for (JsonNode row : rows) {
      List<String> values = new ArrayList<>();
      row.forEach(v -> values.add(v.isNull() ? null : v.asText()));
      out.add(values);
    }
    return out;
  }

  /** Runs plain SQL on the database; each value as text, as {@link #queryText} gives it. */
  List<List<String>> sqlText(String sql) throws SQLException {
    List<List<String>> out = new ArrayList<>();
    for (List<Object> row : sql(sql)) {
      List<String> values = new ArrayList<>();
      row.forEach(v -> values.add(v == null ? null : v.toString()));
      out.add(values);
    }
    return out;
  }

  /** Returns whether the database is PostgreSQL (for plain SQL that differs). */
  boolean postgres() {
    return jdbcUrl.startsWith("jdbc:postgresql:");
  }

  private String api(String path) {
    return emulator.baseUrl() + "/api/4.0" + path;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override public void close() {
    emulator.close();
  }
}

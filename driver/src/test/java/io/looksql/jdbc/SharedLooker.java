package io.looksql.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.emulator.LookerEmulator;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One emulator (sample model, scale 0.1, fault injection on) shared by the driver's test classes in a JVM, with
 * helpers that read rows through the driver and, for expected answers, from the emulator's
 * database in plain SQL.
 */
final class SharedLooker {
  private static LookerEmulator looker;

  private SharedLooker() {
  }

  /** Returns the shared emulator, started on first use and closed when the JVM exits. */
  static synchronized LookerEmulator emulator() {
    if (looker == null) {
      looker = LookerEmulator.builder().scale(0.1).port(0).faults(true).start();
      Runtime.getRuntime().addShutdownHook(new Thread(looker::close));
    }
    return looker;
  }

  /** Returns the URL of a driver connection as the admin, with extra {@code ;key=value}s. */
  static String url(String extra) {
    LookerEmulator l = emulator();
    return Driver.PREFIX + "url=" + l.baseUrl() + ";clientId=" + l.adminClientId()
        + ";clientSecret=" + l.adminClientSecret() + extra;
  }

  /** Opens a driver connection as the admin. */
  static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(""));
  }

  /** Adds a fault rule (JSON) to the emulator; {@link #clearFaults} removes them all. */
  static void addFault(String rule) {
    send(HttpRequest.newBuilder(URI.create(emulator().baseUrl() + "/emulator/faults"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(rule)).build());
  }

  /** Removes every fault rule. */
  static void clearFaults() {
    send(HttpRequest.newBuilder(URI.create(emulator().baseUrl() + "/emulator/faults"))
        .DELETE().build());
  }

  /**
   * Returns the JSON answer of a GET as the admin: {@code /api/4.0/...} or the emulator's own
   * {@code /emulator/history}.
   */
  static JsonNode adminGet(String path) {
    LookerEmulator l = emulator();
    String form = "client_id=" + l.adminClientId() + "&client_secret=" + l.adminClientSecret();
    String token = json(HttpRequest.newBuilder(URI.create(l.baseUrl() + "/api/4.0/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build()).get("access_token").asText();
    return json(HttpRequest.newBuilder(URI.create(l.baseUrl() + path))
        .header("Authorization", "token " + token).GET().build());
  }

  private static JsonNode json(HttpRequest request) {
    try {
      return new ObjectMapper().readTree(send(request));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String send(HttpRequest request) {
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(request,
          HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() >= 300) {
        throw new IllegalStateException(request.uri() + ": " + r.statusCode() + " " + r.body());
      }
      return r.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Returns the rows of plain SQL on the emulator's database. */
  static List<String> plainRows(String sql) throws SQLException {
    try (Connection c = emulator().dataSource().getConnection(); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /** Returns the rows of a query on a connection. */
  static List<String> rows(Connection connection, String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /**
   * Returns rows as {@code v1|v2|} strings; numbers compare by value (H2 returns BIGINT or
   * DECIMAL where the driver returns DOUBLE), rounded to 10 significant digits so that sums
   * computed in another order or type still match.
   */
  static List<String> rows(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        Object v = rs.getObject(i);
        b.append(v instanceof Number num ? number(num) : String.valueOf(v)).append('|');
      }
      out.add(b.toString());
    }
    return out;
  }

  private static String number(Number n) {
    BigDecimal d = new BigDecimal(n.toString()).round(new MathContext(10));
    return d.stripTrailingZeros().toPlainString();
  }

  /** Returns the messages of an exception and its causes, one a line. */
  static String messages(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      b.append(c.getMessage()).append('\n');
    }
    return b.toString();
  }
}

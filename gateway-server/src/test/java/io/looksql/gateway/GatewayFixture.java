package io.looksql.gateway;

import io.looksql.emulator.LookerEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.remote.Driver.Serialization;

/**
 * One emulator (sample model and users, scale 0.05) for the gateway tests of a JVM, gateways over
 * it, and plain SQL on its database for expected answers.
 */
final class GatewayFixture {
  /** Gateway users: name, password, Looker user. */
  static final String[][] USERS = {
      {"wendy", "wendy-pw", "wendy.west@example.com"},
      {"nora", "nora-pw", "nora.northeast@example.com"},
      {"mark", "mark-pw", "mark.marketing@example.com"},
      {"dora", "dora-pw", "dora.disabled@example.com"}};
  /** users.region as the sample LookML computes it, written out for plain SQL. */
  static final String REGION = "case when u.country <> 'United States' then 'International'"
      + " when u.state in ('California', 'Washington', 'Arizona', 'Colorado', 'Hawaii', 'Alaska')"
      + " then 'West' when u.state in ('New York', 'Massachusetts', 'Maine', 'Rhode Island',"
      + " 'New Jersey', 'Pennsylvania') then 'Northeast' when u.state in ('Texas', 'Florida',"
      + " 'Georgia', 'Tennessee') then 'South' when u.state in ('Illinois', 'Minnesota',"
      + " 'Michigan') then 'Midwest' else 'Unknown' end";

  private static LookerEmulator looker;
  private static GatewayUsers users;

  private GatewayFixture() {
  }

  /** Returns the shared emulator, started on first use and closed when the JVM exits. */
  static synchronized LookerEmulator looker() {
    if (looker == null) {
      looker = LookerEmulator.builder().scale(0.05).port(0).faults(true).start();
      Runtime.getRuntime().addShutdownHook(new Thread(looker::close));
      List<String> lines = new ArrayList<>();
      for (String[] u : USERS) {
        lines.add(GatewayUsers.line(u[0], u[2],
            PasswordHash.create(u[1].toCharArray(), PasswordHash.MIN_ITERATIONS)));
      }
      users = GatewayUsers.parse(lines, "test users");
    }
    return looker;
  }

  /** Returns a builder for a gateway over the emulator: every auth mode, a free port. */
  static GatewayServer.Builder gateway(Serialization serialization) {
    LookerEmulator l = looker();
    return GatewayServer.builder().lookerUrl(l.baseUrl())
        .serviceAccount(l.adminClientId(), l.adminClientSecret())
        .authModes(EnumSet.allOf(AuthMode.class)).users(users).port(0)
        .serialization(serialization).shutdownTimeout(java.time.Duration.ofSeconds(5))
        .auditSink(line -> { });
  }

  /** Returns a gateway builder whose audit lines are collected in {@code audit}. */
  static GatewayServer.Builder gateway(Serialization serialization,
      CopyOnWriteArrayList<String> audit) {
    return gateway(serialization).auditSink(audit::add);
  }

  /** Returns the thin-client URL of a gateway with the client's serialization. */
  static String url(GatewayServer g, String extra) {
    String format = g.settings().serialization() == Serialization.PROTOBUF ? "protobuf" : "json";
    return "jdbc:avatica:remote:url=" + g.url() + ";serialization=" + format + extra;
  }

  /** Returns the URL part of BASIC authentication. */
  static String basic(String user, String password) {
    return ";authentication=BASIC;avatica_user=" + user + ";avatica_password=" + password;
  }

  /** Returns a Looker access token for API3 credentials (POST /login). */
  static String token(String clientId, String secret) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create(looker().baseUrl() + "/api/4.0/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("client_id=" + clientId + "&client_secret="
            + secret)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("login failed: " + r.body());
    }
    return m.group(1);
  }

  /** Returns every row of a query as strings (getString), columns joined by "|". */
  static List<String> rows(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      return rows(rs);
    }
  }

  /** Returns every row of a result set as strings, columns joined by "|". */
  static List<String> rows(ResultSet rs) throws SQLException {
    List<String> out = new ArrayList<>();
    int n = rs.getMetaData().getColumnCount();
    while (rs.next()) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= n; i++) {
        b.append(i > 1 ? "|" : "").append(rs.getString(i));
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Returns the rows of plain SQL on the emulator's database. */
  static List<String> plain(String sql) throws SQLException {
    try (Connection c = looker().dataSource().getConnection()) {
      return rows(c, sql);
    }
  }
}

package io.looksql.benchmarks;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

/**
 * The child JVM of {@link FirstStatementBenchmark}: uses only the JDK, so that its class path
 * holds nothing but this class and, for the driver, the one driver jar. Prints one line: the
 * milliseconds from the JVM's start to {@code main}, to connected (or logged in), and to the last
 * value of the first result read.
 *
 * <p>Arguments: {@code driver URL USER PASSWORD SQL}, or {@code http BASE_URL CLIENT_ID
 * CLIENT_SECRET QUERY_JSON} (the same question as one Looker API call, with a bare HttpClient).
 */
public final class FirstStatementProbe {
  private FirstStatementProbe() {
  }

  /** Runs one probe and prints its times. */
  public static void main(String[] args) throws Exception {
    long start = ManagementFactory.getRuntimeMXBean().getStartTime();
    long main = System.currentTimeMillis();
    long connected;
    long values = 0;
    if (args[0].equals("driver")) {
      try (Connection c = DriverManager.getConnection(args[1], args[2], args[3])) {
        connected = System.currentTimeMillis();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(args[4])) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              rs.getObject(i);
              values++;
            }
          }
        }
      }
    } else {
      HttpClient http = HttpClient.newHttpClient();
      String form = "client_id=" + URLEncoder.encode(args[2], StandardCharsets.UTF_8)
          + "&client_secret=" + URLEncoder.encode(args[3], StandardCharsets.UTF_8);
      String login = http.send(HttpRequest.newBuilder(URI.create(args[1] + "/api/4.0/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      int at = login.indexOf("\"access_token\":\"") + 16;
      String token = login.substring(at, login.indexOf('"', at));
      connected = System.currentTimeMillis();
      String rows = http.send(HttpRequest.newBuilder(
          URI.create(args[1] + "/api/4.0/queries/run/json"))
          .header("Authorization", "token " + token).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(args[4])).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      values = rows.length();
    }
    long done = System.currentTimeMillis();
    System.out.printf(Locale.ROOT, "%d %d %d %d%n", main - start, connected - start,
        done - start, values);
  }
}

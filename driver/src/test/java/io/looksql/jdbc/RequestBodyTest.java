package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What EXPLAIN and {@code Hook.QUERY_PLAN} show of a Looker query is, byte for byte, the body the
 * client sends: the driver talks to the emulator through a loopback tap that records each query
 * body on its way.
 */
class RequestBodyTest {
  /** Filters, a filter expression, custom measures and dimensions, sorts: every part of a body. */
  private static final String SQL = "select case when `products.retail_price` >= 100"
      + " then 'premium' else 'standard' end as band, count(distinct `products.brand`)"
      + " from ecommerce.products where `products.category` = 'Jeans'"
      + " or `products.brand` = 'Calvin Klein' group by band order by band";

  private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "host",
      "transfer-encoding", "upgrade", "expect", "keep-alive");

  private static HttpServer tap;
  private static final List<String> QUERY_BODIES = new ArrayList<>();
  private static final HttpClient FORWARD = HttpClient.newHttpClient();

  @BeforeAll static void startTap() throws IOException {
    String target = SharedLooker.emulator().baseUrl();
    tap = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    tap.createContext("/", exchange -> forward(exchange, target));
    tap.start();
  }

  @AfterAll static void stopTap() {
    tap.stop(0);
  }

  @Test void explainAndQueryPlanShowTheBodySent() throws SQLException {
    String url = SharedLooker.url("").replace(SharedLooker.emulator().baseUrl(),
        "http://127.0.0.1:" + tap.getAddress().getPort());
    List<String> planned = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      String explained = explainedQuery(s);
      synchronized (QUERY_BODIES) {
        QUERY_BODIES.clear();
      }
      try (Hook.Closeable hook = Hook.QUERY_PLAN.addThread(
          (Consumer<Object>) p -> planned.add((String) p));
          ResultSet rs = s.executeQuery(SQL)) {
        int rows = 0;
        while (rs.next()) {
          rows++;
        }
        assertTrue(rows > 0, "the query answers");
      }
      List<String> sent;
      synchronized (QUERY_BODIES) {
        sent = List.copyOf(QUERY_BODIES);
      }
      assertEquals(1, sent.size(), "one Looker query is sent: " + sent);
      assertEquals(sent, planned, "Hook.QUERY_PLAN shows the body sent");
      assertEquals(sent.get(0), explained, "EXPLAIN shows the body sent");
      assertTrue(explained.contains("\"dynamic_fields\"") && explained.contains("\"sorts\"")
          && explained.contains("\"filter_expression\""), explained);
    }
  }

  /** Returns the {@code query=[…]} of the plan's one leaf. */
  private static String explainedQuery(Statement s) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = s.executeQuery("explain plan for " + SQL)) {
      while (rs.next()) {
        plan.append(rs.getString(1));
      }
    }
    String text = plan.toString();
    int start = text.indexOf("query=[");
    int end = text.indexOf("}])", start);
    assertTrue(start >= 0 && end > start && text.indexOf("query=[", end) < 0,
        "one leaf in the plan: " + text);
    return text.substring(start + "query=[".length(), end + 1);
  }

  /** Forwards one exchange to the emulator and records the body of each query run. */
  private static void forward(HttpExchange exchange, String target) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().toString();
      if (path.contains("/queries/run/")) {
        synchronized (QUERY_BODIES) {
          QUERY_BODIES.add(new String(body, StandardCharsets.UTF_8));
        }
      }
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin(target) + path))
          .method(exchange.getRequestMethod(), body.length == 0
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
      exchange.getRequestHeaders().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> request.header(name, v));
        }
      });
      HttpResponse<byte[]> response;
      try {
        response = FORWARD.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      response.headers().map().forEach((name, values) -> {
        if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))
            && !name.startsWith(":")) {
          exchange.getResponseHeaders().put(name, values);
        }
      });
      byte[] answer = response.body();
      exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  /** Returns scheme, host and port of a URL. */
  private static String origin(String url) {
    URI u = URI.create(url);
    return u.getScheme() + "://" + u.getAuthority();
  }
}

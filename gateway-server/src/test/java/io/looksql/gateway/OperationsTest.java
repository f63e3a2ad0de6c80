package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.rows;
import static io.looksql.gateway.GatewayFixture.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.Test;

/** Limits, idle expiry, audit, health, metrics and CORS. */
class OperationsTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Test void connectionsPerIdentityAreCapped() throws Exception {
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .connectionsPerIdentity(2).start()) {
      String wendy = url(g, basic("wendy", "wendy-pw"));
      try (Connection a = ThinClient.connect(wendy); Connection b = ThinClient.connect(wendy)) {
        rows(a, "VALUES 1");
        rows(b, "VALUES 1");
        Exception e = assertThrows(Exception.class,
            () -> rows(ThinClient.connect(wendy), "VALUES 1"));
        assertTrue(e.getMessage().contains("Too many open connections"), e::getMessage);
        // The cap is per identity: nora is not affected.
        try (Connection n = ThinClient.connect(url(g, basic("nora", "nora-pw")))) {
          assertEquals(List.of("1"), rows(n, "VALUES 1"));
        }
      }
      // Closed connections count no more.
      try (Connection c = ThinClient.connect(wendy)) {
        assertEquals(List.of("1"), rows(c, "VALUES 1"));
      }
    }
  }

  @Test void aResultOverTheRowMaximumFailsAndIsAudited() throws Exception {
    CopyOnWriteArrayList<String> audit = new CopyOnWriteArrayList<>();
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF, audit)
        .maxRows(50).maxFrameRows(20).start();
        Connection c = ThinClient.connect(url(g, basic("wendy", "wendy-pw")))) {
      String ids = "SELECT `users.id` FROM ecommerce.users ORDER BY 1 LIMIT ";
      assertEquals(50, rows(c, ids + 50).size());
      Exception e = assertThrows(Exception.class, () -> rows(c, ids + 51));
      assertTrue(e.getMessage().contains("more than 50 rows"), e::getMessage);
      assertTrue(audit.stream().anyMatch(l -> l.contains("identity=user:wendy")
          && l.contains("sudo=wendy.west@example.com") && l.contains(" rows=50 ")
          && l.endsWith("outcome=ok")), audit::toString);
      assertTrue(audit.stream().anyMatch(l -> l.endsWith("outcome=rows_limit")), audit::toString);
      // A rowLimit above the maximum is refused when the connection opens.
      java.util.Properties p = new java.util.Properties();
      p.setProperty("rowLimit", "51");
      Exception refused = assertThrows(Exception.class, () -> rows(ThinClient.connect(
          url(g, basic("wendy", "wendy-pw")), p), "VALUES 1"));
      assertTrue(refused.getMessage().contains("rowLimit"), refused::getMessage);
    }
  }

  @Test void idleConnectionsExpire() throws Exception {
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .connectionIdle(Duration.ofMillis(500)).start();
        Connection c = ThinClient.connect(url(g, basic("wendy", "wendy-pw")))) {
      rows(c, "VALUES 1");
      assertTrue(metrics(g).contains("looksql_gateway_connections_open{identity=\"user:wendy\"} 1.0"),
          () -> metrics(g));
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!metrics(g).contains("looksql_gateway_connections_open{identity=\"user:wendy\"} 0.0")
          && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(metrics(g).contains("looksql_gateway_connections_open{identity=\"user:wendy\"} 0.0"),
          () -> metrics(g));
      Exception e = assertThrows(Exception.class, () -> rows(c, "VALUES 1"));
      assertTrue(e.getMessage().contains("Connection not found"), e::getMessage);
    }
  }

  @Test void healthAndMetrics() throws Exception {
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF).start();
        GatewayServer dead = GatewayFixture.gateway(Serialization.PROTOBUF)
            .lookerUrl("http://127.0.0.1:1").start()) {
      HttpResponse<String> health = get(g.url() + "/health");
      assertEquals(200, health.statusCode());
      assertEquals(503, get(dead.url() + "/health").statusCode());
      try (Connection c = ThinClient.connect(url(g, basic("wendy", "wendy-pw")))) {
        rows(c, "VALUES 1");
      }
      String m = metrics(g);
      for (String line : List.of("looksql_gateway_statements_seconds_count{outcome=\"ok\"}",
          "looksql_gateway_statements_seconds_bucket{outcome=\"ok\",le=",
          "looksql_gateway_requests_total{kind=\"avatica\"}",
          "looksql_gateway_requests_total{kind=\"health\"}")) {
        assertTrue(m.contains(line), () -> line + " in " + m);
      }
    }
  }

  @Test void corsIsOffUnlessAnOriginIsAllowed() throws Exception {
    try (GatewayServer off = GatewayFixture.gateway(Serialization.JSON).start();
        GatewayServer on = GatewayFixture.gateway(Serialization.JSON)
            .corsOrigins(List.of("https://bi.example")).start()) {
      HttpResponse<String> refused = preflight(off.url(), "https://bi.example");
      assertNull(refused.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpResponse<String> allowed = preflight(on.url(), "https://bi.example");
      assertEquals(204, allowed.statusCode());
      assertEquals("https://bi.example",
          allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
      HttpResponse<String> other = preflight(on.url(), "https://evil.example");
      assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
  }

  private static HttpResponse<String> preflight(String url, String origin) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String metrics(GatewayServer g) {
    try {
      return get(g.url() + "/metrics").body();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

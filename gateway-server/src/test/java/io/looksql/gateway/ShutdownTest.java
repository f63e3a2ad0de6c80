package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.rows;
import static io.looksql.gateway.GatewayFixture.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A graceful shutdown lets a running statement finish, then refuses new requests; the gateway's
 * statement timeout kills a slow Looker query.
 */
class ShutdownTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Pattern AVATICA_REQUESTS =
      Pattern.compile("looksql_gateway_requests_total\\{kind=\"avatica\"} ([0-9.]+)");

  @AfterEach void clearFaults() throws Exception {
    HTTP.send(HttpRequest.newBuilder(URI.create(GatewayFixture.looker().baseUrl()
        + "/emulator/faults")).DELETE().build(), HttpResponse.BodyHandlers.discarding());
  }

  @Test void aRunningStatementFinishesDuringShutdown() throws Exception {
    GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .shutdownTimeout(Duration.ofSeconds(60)).start();
    String region = "SELECT DISTINCT `users.region` FROM ecommerce.users";
    Connection c = ThinClient.connect(url(g, basic("wendy", "wendy-pw")));
    try {
      assertEquals(List.of("West"), rows(c, region));
      // Prepared now, so that executing it is exactly one request (its result fits one frame).
      PreparedStatement ps = c.prepareStatement(region);
      // Every Looker query now spends 1 s more in the database.
      HTTP.send(HttpRequest.newBuilder(URI.create(GatewayFixture.looker().baseUrl()
          + "/emulator/faults")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"db_delay\", \"latency_ms\": 1000,"
              + " \"path\": \"/api/4.0/queries/run/*\"}")).build(),
          HttpResponse.BodyHandlers.discarding());
      double before = avaticaRequests(g);
      CompletableFuture<List<String>> running = CompletableFuture.supplyAsync(() -> {
        try {
          return rows(ps.executeQuery());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      while (avaticaRequests(g) <= before) {
        Thread.sleep(20);
      }
      String afterwards = url(g, basic("wendy", "wendy-pw"));
      g.close();
      assertEquals(List.of("West"), running.get());
      Exception refused = assertThrows(Exception.class,
          () -> rows(ThinClient.connect(afterwards), "VALUES 1"));
      assertTrue(String.valueOf(refused.getMessage()).contains("refused"), refused::toString);
    } finally {
      g.close();
      try {
        c.close();
      } catch (Exception e) {
        // The gateway is gone: the client can't tell it the connection closed.
      }
    }
  }

  @Test void theStatementTimeoutKillsASlowLookerQuery() throws Exception {
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .statementTimeout(Duration.ofSeconds(1)).start();
        Connection c = ThinClient.connect(url(g, basic("wendy", "wendy-pw")))) {
      // With a timeout the driver runs an async query task: delay those by 20 s.
      HTTP.send(HttpRequest.newBuilder(URI.create(GatewayFixture.looker().baseUrl()
          + "/emulator/faults")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"db_delay\", \"latency_ms\": 20000,"
              + " \"path\": \"/api/4.0/query_tasks\"}")).build(),
          HttpResponse.BodyHandlers.discarding());
      Exception e = assertThrows(Exception.class,
          () -> rows(c, "SELECT DISTINCT `users.region` FROM ecommerce.users"));
      assertTrue(e.getMessage().contains("HYT00"), e::getMessage);
    }
  }

  private static double avaticaRequests(GatewayServer g) throws Exception {
    String body = HTTP.send(HttpRequest.newBuilder(URI.create(g.url() + "/metrics")).GET()
        .build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher m = AVATICA_REQUESTS.matcher(body);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}

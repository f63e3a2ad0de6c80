package io.looksql.gateway;

import static io.looksql.gateway.GatewayFixture.REGION;
import static io.looksql.gateway.GatewayFixture.basic;
import static io.looksql.gateway.GatewayFixture.plain;
import static io.looksql.gateway.GatewayFixture.rows;
import static io.looksql.gateway.GatewayFixture.url;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.calcite.avatica.remote.Driver.Serialization;
import org.junit.jupiter.api.Test;

/**
 * Concurrent thin clients through one gateway, every answer checked against plain SQL; no
 * connection is left open afterwards. Bounded for CI (8 clients x 10 statements); the issue's
 * 32 x 200 runs with {@code -Dlooksql.gateway.load.clients=32 -Dlooksql.gateway.load.statements=200}.
 * Throughput and latency are printed, never asserted.
 */
class LoadTest {
  private static final String BY_STATE = "SELECT `users.state`, AGGREGATE(`users.count`)"
      + " FROM ecommerce.users WHERE `users.state` IN (?, ?) GROUP BY 1 ORDER BY 1";

  @Test void concurrentClientsGetRightAnswersAndLeaveNothingOpen() throws Exception {
    int clients = Integer.getInteger("looksql.gateway.load.clients", 8);
    int statements = Integer.getInteger("looksql.gateway.load.statements", 10);
    Map<String, String> region = Map.of("wendy", "West", "nora", "Northeast");
    List<String[]> pairs = List.of(new String[] {"California", "New York"},
        new String[] {"Washington", "Maine"}, new String[] {"Texas", "Arizona"});
    // Expected answers: each user sees only the states of their own region.
    Map<String, List<List<String>>> expected = new java.util.HashMap<>();
    for (String user : region.keySet()) {
      List<List<String>> perPair = new ArrayList<>();
      for (String[] p : pairs) {
        perPair.add(plain("select u.state, count(*) from users u where u.state in ('" + p[0]
            + "', '" + p[1] + "') and " + REGION + " = '" + region.get(user)
            + "' group by u.state order by 1"));
      }
      expected.put(user, perPair);
    }
    try (GatewayServer g = GatewayFixture.gateway(Serialization.PROTOBUF)
        .statementsPerIdentity(clients).connectionsPerIdentity(clients).start()) {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
      long start = System.nanoTime();
      List<Future<Integer>> done = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        String user = i % 2 == 0 ? "wendy" : "nora";
        done.add(pool.submit(() -> {
          int checked = 0;
          try (Connection c = ThinClient.connect(url(g, basic(user, user + "-pw")));
              PreparedStatement ps = c.prepareStatement(BY_STATE)) {
            for (int n = 0; n < statements; n++) {
              String[] p = pairs.get(n % pairs.size());
              long t0 = System.nanoTime();
              ps.setString(1, p[0]);
              ps.setString(2, p[1]);
              List<String> got;
              try (ResultSet rs = ps.executeQuery()) {
                got = rows(rs);
              }
              latencies.add(System.nanoTime() - t0);
              assertEquals(expected.get(user).get(n % pairs.size()), got, user + " " + p[0]);
              checked++;
            }
          }
          return checked;
        }));
      }
      int total = 0;
      for (Future<Integer> f : done) {
        total += f.get();
      }
      long elapsed = System.nanoTime() - start;
      pool.shutdown();
      assertEquals(clients * statements, total);
      List<Long> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      System.out.printf(Locale.ROOT, "gateway load: %d clients x %d statements in %.1f s: %.0f statements/s,"
          + " p50 %.1f ms, p99 %.1f ms%n", clients, statements, elapsed / 1e9,
          total / (elapsed / 1e9), sorted.get(sorted.size() / 2) / 1e6,
          sorted.get((int) (sorted.size() * 0.99)) / 1e6);
      String metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create(g.url() + "/metrics")).GET().build(),
          HttpResponse.BodyHandlers.ofString()).body();
      for (String user : region.keySet()) {
        assertTrue(metrics.contains("looksql_gateway_connections_open{identity=\"user:" + user
            + "\"} 0.0"), metrics);
      }
      assertTrue(!metrics.contains("outcome=\"error\""), metrics);
    }
  }
}

package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.model.Query;
import io.looksql.client.model.QueryTask;
import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultsTest {
  static void fault(LookerEmulator looker, String rule) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/emulator/faults"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(rule)).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() < 300, r.body());
  }

  static final WriteQuery Q = WriteQuery.builder("ecommerce", "order_items").fields("order_items.status", "order_items.count").sorts("order_items.status").build();

  @Test void all() throws Exception {
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.05).faults(true).start();
        LookerClient client = TestLooker.client(looker)) {
      var expected = TestLooker.sql(looker, "SELECT status, COUNT(*) FROM order_items GROUP BY status ORDER BY status");
      fault(looker, "{\"kind\":\"status\",\"status\":429,\"retry_after\":1,\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
      long t = System.nanoTime();
      assertEquals(expected, TestLooker.drain(client.runQuery(Q)));
      assertTrue(System.nanoTime() - t > 900_000_000L);
      fault(looker, "{\"kind\":\"status\",\"status\":503,\"count\":2,\"path\":\"/api/4.0/lookml_models\"}");
      assertFalse(client.fetchModels().isEmpty());
      fault(looker, "{\"kind\":\"status\",\"status\":503,\"count\":1,\"path\":\"/api/4.0/query_tasks\",\"method\":\"POST\"}");
      Query saved = client.createQuery(Q);
      assertEquals(503, assertThrows(LookerApiException.class, () -> client.createQueryTask(saved.id())).status());
      fault(looker, "{\"kind\":\"expire_token\",\"count\":1,\"path\":\"/api/4.0/user\"}");
      assertEquals("1", client.fetchMe().id());
      assertEquals(2, client.session().logins());
      fault(looker, "{\"kind\":\"drop_body\",\"after_bytes\":3000,\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
      WriteQuery many = WriteQuery.builder("ecommerce", "order_items").fields("order_items.id").sorts("order_items.id").limit(-1).build();
      LookerApiException e = assertThrows(LookerApiException.class, () -> TestLooker.drain(client.runQuery(many)));
      System.out.println("DROP: " + e.getMessage());
      assertEquals(0, e.status());
      // async + cancel
      QueryTask task = client.createQueryTask(saved.id());
      assertEquals(expected, TestLooker.drain(client.awaitQueryTask(task.id(), Duration.ofSeconds(20))));
      fault(looker, "{\"kind\":\"db_delay\",\"latency_ms\":20000,\"count\":1,\"path\":\"/api/4.0/query_tasks\"}");
      QueryTask slow = client.createQueryTask(saved.id());
      Thread.sleep(300);
      assertEquals(Optional.empty(), client.fetchQueryTaskResults(slow.id()));
      assertTrue(client.fetchRunningQueries().stream().anyMatch(r -> slow.id().equals(r.queryTaskId())), client.fetchRunningQueries().toString());
      t = System.nanoTime();
      assertTrue(client.cancelQueryTask(slow.id()));
      System.out.println("status after cancel: " + client.fetchQueryTask(slow.id()).status());
      LookerApiException timeout = assertThrows(LookerApiException.class, () -> client.awaitQueryTask(slow.id(), Duration.ofSeconds(3)));
      System.out.println("AWAIT after cancel: " + timeout.getMessage());
      assertTrue(System.nanoTime() - t < 5_000_000_000L);
      assertFalse(client.cancelQueryTask(slow.id()));
    }
  }
}

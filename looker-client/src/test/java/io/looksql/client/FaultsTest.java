package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.looksql.client.model.Query;
import io.looksql.client.model.QueryTask;
import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against the emulator's injected faults: retries, re-login, broken bodies, cancel. */
class FaultsTest {
  private static final WriteQuery QUERY = WriteQuery.builder("ecommerce", "order_items")
      .fields("order_items.status", "order_items.count").sorts("order_items.status").build();

  private static LookerEmulator looker;
  private static LookerClient client;
  private static List<List<Object>> expected;

  @BeforeAll static void start() throws Exception {
    looker = LookerEmulator.builder().scale(0.05).faults(true).start();
    client = TestLooker.client(looker);
    expected = TestLooker.sql(looker,
        "SELECT status, COUNT(*) FROM order_items GROUP BY status ORDER BY status");
  }

  @AfterAll static void stop() {
    client.close();
    looker.close();
  }

  @Test void tooManyRequestsIsRetriedAfterRetryAfter() throws Exception {
    fault("{\"kind\":\"status\",\"status\":429,\"retry_after\":1,\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
    long start = System.nanoTime();
    assertEquals(expected, TestLooker.drain(client.runQuery(QUERY)));
    assertTrue(System.nanoTime() - start > 900_000_000L, "waited for Retry-After");
  }

  @Test void unavailableIsRetriedOnlyWhereThatIsSafe() throws Exception {
    fault("{\"kind\":\"status\",\"status\":503,\"count\":2,\"path\":\"/api/4.0/lookml_models\"}");
    assertFalse(client.fetchModels().isEmpty(), "an idempotent GET is retried");
    fault("{\"kind\":\"status\",\"status\":503,\"count\":1,\"path\":\"/api/4.0/query_tasks\",\"method\":\"POST\"}");
    Query saved = client.createQuery(QUERY);
    assertEquals(503, assertThrows(LookerApiException.class, () -> client.createQueryTask(saved.id())).status(),
        "creating a task may have reached the server, so it is not retried");
  }

  @Test void anExpiredTokenLogsInAgainOnce() throws Exception {
    int logins = client.session().logins();
    fault("{\"kind\":\"expire_token\",\"count\":1,\"path\":\"/api/4.0/user\"}");
    assertEquals("1", client.fetchMe().id());
    assertEquals(logins + 1, client.session().logins());
  }

  @Test void aBodyCutShortFailsCleanly() throws Exception {
    fault("{\"kind\":\"drop_body\",\"after_bytes\":3000,\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
    WriteQuery many = WriteQuery.builder("ecommerce", "order_items").fields("order_items.id")
        .sorts("order_items.id").limit(-1).build();
    LookerApiException e = assertThrows(LookerApiException.class, () -> TestLooker.drain(client.runQuery(many)));
    assertEquals(0, e.status(), "no complete answer: " + e.getMessage());
    assertEquals(expected, TestLooker.drain(client.runQuery(QUERY)), "the client still works");
  }

  @Test void asyncTaskCompletesAndARunningOneIsCancelled() throws Exception {
    Query saved = client.createQuery(QUERY);
    QueryTask task = client.createQueryTask(saved.id());
    assertEquals(expected, TestLooker.drain(client.awaitQueryTask(task.id(), Duration.ofSeconds(20))));

    fault("{\"kind\":\"db_delay\",\"latency_ms\":20000,\"count\":1,\"path\":\"/api/4.0/query_tasks\"}");
    QueryTask slow = client.createQueryTask(saved.id());
    Thread.sleep(300);
    assertEquals(Optional.empty(), client.fetchQueryTaskResults(slow.id()), "still running");
    assertTrue(client.fetchRunningQueries().stream().anyMatch(r -> slow.id().equals(r.queryTaskId())));
    long start = System.nanoTime();
    assertTrue(client.cancelQueryTask(slow.id()));
    assertThrows(LookerApiException.class, () -> client.awaitQueryTask(slow.id(), Duration.ofSeconds(3)));
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancel stopped the 20 s query");
    assertFalse(client.cancelQueryTask(slow.id()), "a killed query is no longer running (404)");
  }

  @Test void anAbortedInlineRunStopsAtOnceAndIsKilledInLooker() throws Exception {
    fault("{\"kind\":\"db_delay\",\"latency_ms\":30000,\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
    AbortSignal abort = new AbortSignal();
    CompletableFuture<QueryRows> run = CompletableFuture.supplyAsync(() -> client.runQuery(QUERY, abort));
    String queryId = client.createQuery(QUERY).id();
    while (client.fetchRunningQueries().stream().noneMatch(r -> queryId.equals(r.queryId()))) {
      Thread.sleep(10);
    }
    abort.abort();
    ExecutionException e = assertThrows(ExecutionException.class, run::get);
    LookerApiException failure = (LookerApiException) e.getCause();
    assertEquals(0, failure.status());
    assertEquals("aborted", failure.lookerMessage());
    // The call ended, but the query still runs in Looker (its delay has not ended) until killed.
    assertTrue(client.fetchRunningQueries().stream().anyMatch(r -> queryId.equals(r.queryId())));
    assertEquals(1, client.cancelRunningQuery(QUERY));
    assertEquals(0, client.cancelRunningQuery(QUERY), "nothing left to kill");
    assertEquals(expected, TestLooker.drain(client.runQuery(QUERY, new AbortSignal())));
  }

  @Test void abortingWhileRowsStreamEndsTheReading() throws Exception {
    WriteQuery many = WriteQuery.builder("ecommerce", "order_items").fields("order_items.id")
        .sorts("order_items.id").limit(-1).build();
    AbortSignal abort = new AbortSignal();
    long read = 0;
    try (QueryRows rows = client.runQuery(many, abort)) {
      rows.next();
      abort.abort();
      LookerApiException e = assertThrows(LookerApiException.class, () -> {
        while (rows.hasNext()) {
          rows.next();
        }
      });
      assertEquals("aborted", e.lookerMessage());
      read = rows.rowCount();
    }
    long all = ((Number) TestLooker.sql(looker, "SELECT COUNT(*) FROM order_items").get(0).get(0))
        .longValue();
    assertTrue(read < all, read + " of " + all + " rows read");
  }

  @Test void abortingDuringARetryPauseEndsItAtOnce() throws Exception {
    long retryAfterMs = 8_000;
    String rule = fault("{\"kind\":\"status\",\"status\":429,\"retry_after\":"
        + retryAfterMs / 1000 + ",\"count\":1,\"path\":\"/api/4.0/queries/run/*\"}");
    AbortSignal abort = new AbortSignal();
    CompletableFuture<QueryRows> run =
        CompletableFuture.supplyAsync(() -> client.runQuery(QUERY, abort));
    while (!run.isDone() && applied(rule) == 0) {
      Thread.sleep(10);
    }
    long start = System.nanoTime();
    abort.abort();
    ExecutionException e = assertThrows(ExecutionException.class, run::get);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("aborted", ((LookerApiException) e.getCause()).lookerMessage());
    assertTrue(millis < retryAfterMs, "the abort waited out the Retry-After: " + millis + " ms");
  }

  /** Returns how often the injected fault with this id has fired. */
  private static long applied(String ruleId) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/emulator/faults")).build(),
        HttpResponse.BodyHandlers.ofString());
    for (JsonNode rule : new ObjectMapper().readTree(r.body())) {
      if (ruleId.equals(rule.get("id").asText())) {
        return rule.get("applied").asLong();
      }
    }
    throw new AssertionError("no fault " + ruleId + " in " + r.body());
  }

  /** Adds a fault rule and returns its id. */
  private static String fault(String rule) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/emulator/faults"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(rule)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(r.statusCode() < 300, r.body());
    return new ObjectMapper().readTree(r.body()).get("id").asText();
  }
}

package io.looksql.emulator;

import static io.looksql.emulator.EmulatorHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Async query tasks, running queries and kill, over real HTTP against the sample project. */
class AsyncQueryTest {
  private static final String BY_STATUS = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.status\",\"order_items.count\",\"order_items.total_sale_price\"],"
      + "\"sorts\":[\"order_items.status\"],\"limit\":\"500\"}";
  private static final String ITEMS = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.id\",\"order_items.status\",\"order_items.sale_price\"],"
      + "\"sorts\":[\"order_items.id\"],\"limit\":\"5000\"}";

  private static LookerEmulator looker;
  private static EmulatorHttp http;

  @BeforeAll static void start() throws Exception {
    looker = LookerEmulator.builder().scale(0.05).faults(true).start();
    http = new EmulatorHttp(looker);
  }

  @AfterAll static void stop() {
    looker.close();
  }

  @AfterEach void clearFaults() throws Exception {
    http.faults("DELETE", null);
  }

  @Test void asyncJsonAndCsvEqualTheSynchronousRun() throws Exception {
    String queryId = http.createQuery(BY_STATUS);
    for (String format : new String[] {"json", "csv", "json_bi", "txt", "sql"}) {
      JsonNode created = http.createTask(queryId, format);
      String taskId = created.get("id").asText();
      assertEquals(32, taskId.length(), taskId);
      assertEquals(queryId, created.get("query_id").asText());
      assertEquals(format, created.get("result_format").asText());
      assertEquals(queryId, created.get("query").get("id").asText());
      JsonNode done = http.awaitTask(taskId, s -> !s.equals("added") && !s.equals("running"));
      assertEquals("complete", done.get("status").asText(), done.toString());
      assertTrue(done.get("runtime").isNumber());
      HttpResponse<String> async = http.get("/query_tasks/" + taskId + "/results");
      HttpResponse<String> sync = http.get("/queries/" + queryId + "/run/" + format);
      assertEquals(200, async.statusCode(), async.body());
      assertEquals(sync.headers().firstValue("Content-Type"), async.headers().firstValue("Content-Type"));
      if (format.equals("json_bi")) {
        // json_bi reports when and how long the query ran; the rest must match.
        assertEquals(json(sync).get("rows"), json(async).get("rows"));
        assertEquals(json(sync).get("metadata").get("fields"), json(async).get("metadata").get("fields"));
      } else {
        assertEquals(sync.body(), async.body(), format);
      }
    }
  }

  @Test void largeResultRoundTripsThroughATemporaryFile() throws Exception {
    String queryId = http.createQuery(ITEMS);
    String taskId = http.createTask(queryId, "json").get("id").asText();
    http.awaitTask(taskId, "complete"::equals);
    HttpResponse<String> async = http.get("/query_tasks/" + taskId + "/results");
    HttpResponse<String> sync = http.get("/queries/" + queryId + "/run/json");
    assertTrue(sync.body().length() > 256 * 1024,
        "bigger than the in-memory limit: " + sync.body().length());
    assertEquals(sync.body(), async.body());
  }

  @Test void limitParameterApplies() throws Exception {
    String queryId = http.createQuery(ITEMS);
    JsonNode task = json(http.post("/query_tasks?limit=3&cache=false",
        "{\"query_id\":\"" + queryId + "\",\"result_format\":\"json\",\"source\":\"spectacles\"}"));
    assertFalse(task.get("cache").asBoolean());
    assertEquals("spectacles", task.get("source").asText());
    http.awaitTask(task.get("id").asText(), "complete"::equals);
    assertEquals(3, json(http.get("/query_tasks/" + task.get("id").asText() + "/results")).size());
  }

  @Test void resultsAre202WhileTheQueryRuns() throws Exception {
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/query_tasks\",\"latency_ms\":1500}");
    String taskId = http.createTask(http.createQuery(BY_STATUS), "json").get("id").asText();
    HttpResponse<String> pending = http.get("/query_tasks/" + taskId + "/results");
    assertEquals(202, pending.statusCode(), pending.body());
    assertTrue(json(pending).get("message").isTextual());
    String status = json(http.get("/query_tasks/" + taskId)).get("status").asText();
    assertTrue(status.equals("added") || status.equals("running"), status);
    http.awaitTask(taskId, "complete"::equals);
    assertEquals(200, http.get("/query_tasks/" + taskId + "/results").statusCode());
  }

  @Test void killStopsTheRunningStatementWithinASecond() throws Exception {
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/query_tasks\",\"latency_ms\":30000}");
    String taskId = http.createTask(http.createQuery(BY_STATUS), "json").get("id").asText();
    http.awaitTask(taskId, "running"::equals);
    JsonNode listed = runningQuery(taskId);
    assertNotNull(listed, "listed while it runs");
    assertEquals("1", listed.get("user").get("id").asText());
    assertEquals("running", listed.get("status").asText());
    assertTrue(listed.get("sql").asText().contains("SELECT"), listed.toString());
    assertEquals(1, pool().getActiveConnections());

    long start = System.nanoTime();
    HttpResponse<String> kill = http.delete("/running_queries/" + taskId);
    assertEquals(204, kill.statusCode(), kill.body());
    // Killed at once, as Looker reports it, while the cancelled statement unwinds.
    assertEquals("killed", json(http.get("/query_tasks/" + taskId)).get("status").asText());
    while ((pool().getActiveConnections() > 0 || runningQuery(taskId) != null)
        && System.nanoTime() - start < 5_000_000_000L) {
      Thread.sleep(5);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 1, "the statement stopped after " + seconds + " s");
    assertEquals(0, pool().getActiveConnections());
    assertEquals(null, runningQuery(taskId));
    assertEquals("killed", json(http.get("/query_tasks/" + taskId)).get("status").asText());
    HttpResponse<String> results = http.get("/query_tasks/" + taskId + "/results");
    assertEquals(400, results.statusCode(), results.body());
    assertTrue(json(results).get("message").asText().contains("killed"), results.body());
  }

  @Test void killingASynchronousRunFailsItsRequest() throws Exception {
    List<JsonNode> before = history(0);
    long after = before.isEmpty() ? 0 : before.get(before.size() - 1).get("id").asLong();
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/queries/run/*\",\"latency_ms\":30000}");
    CompletableFuture<HttpResponse<String>> run = CompletableFuture.supplyAsync(() -> {
      try {
        return http.post("/queries/run/json", BY_STATUS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    JsonNode listed = null;
    for (int i = 0; i < 500 && listed == null; i++) {
      JsonNode all = json(http.get("/running_queries"));
      for (JsonNode q : all) {
        if (q.get("source").asText().equals("api4") && q.get("status").asText().equals("running")) {
          listed = q;
        }
      }
      Thread.sleep(10);
    }
    assertNotNull(listed, "the synchronous run is listed");
    // Looker saves an inline query as it runs it: saving an equal one returns that query.
    String queryId = http.createQuery(BY_STATUS);
    assertEquals(queryId, listed.get("query_id").asText(), listed.toString());
    assertEquals(queryId, listed.get("query").get("id").asText());
    assertEquals("1", listed.get("user").get("id").asText());
    String taskId = listed.get("query_task_id").asText();
    assertEquals(204, http.delete("/running_queries/" + taskId).statusCode());
    HttpResponse<String> r = run.get();
    assertEquals(400, r.statusCode(), r.body());
    assertEquals("The query was killed.", json(r).get("message").asText());
    List<JsonNode> entries = history(after);
    assertEquals(1, entries.size(), entries.toString());
    assertEquals("killed", entries.get(0).get("status").asText(), entries.toString());
  }

  @Test void tasksAreAuditedLikeSynchronousRuns() throws Exception {
    List<JsonNode> before = history(0);
    long after = before.isEmpty() ? 0 : before.get(before.size() - 1).get("id").asLong();
    String queryId = http.createQuery(BY_STATUS);
    String complete = http.createTask(queryId, "csv").get("id").asText();
    http.awaitTask(complete, "complete"::equals);
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/query_tasks\",\"latency_ms\":30000}");
    String killed = http.createTask(queryId, "json").get("id").asText();
    http.awaitTask(killed, "running"::equals);
    assertEquals(204, http.delete("/running_queries/" + killed).statusCode());
    http.faults("DELETE", null);
    String sql = http.createTask(queryId, "sql").get("id").asText();
    http.awaitTask(sql, "complete"::equals);

    // The killed entry is closed once its worker has unwound the statement.
    long deadline = System.nanoTime() + 5_000_000_000L;
    List<JsonNode> entries = history(after);
    while (!entries.get(entries.size() - 1).get("status").asText().equals("killed")
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
      entries = history(after);
    }
    // Two entries: the sql format runs nothing, so it is not recorded (as for synchronous runs).
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("csv", entries.get(0).get("result_format").asText());
    assertEquals("complete", entries.get(0).get("status").asText());
    assertEquals("json", entries.get(1).get("result_format").asText());
    assertEquals("killed", entries.get(1).get("status").asText());
    for (JsonNode e : entries) {
      assertEquals(queryId, e.get("query_id").asText());
      assertEquals("1", e.get("user_id").asText());
      assertTrue(e.get("sudo_user_id").isNull());
      assertEquals("order_items", e.get("explore").asText());
      assertTrue(e.get("finished_at").isTextual(), e.toString());
    }
  }

  /** Returns the audit entries with ids above {@code afterId}, oldest first. */
  private static List<JsonNode> history(long afterId) throws Exception {
    HttpResponse<String> r = http.send(http.authorized(
        URI.create(looker.baseUrl() + "/emulator/history")).GET());
    assertEquals(200, r.statusCode(), r.body());
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode e : json(r)) {
      if (e.get("id").asLong() > afterId) {
        entries.add(e);
      }
    }
    return entries;
  }

  @Test void killingAFinishedOrUnknownTaskIs404() throws Exception {
    String taskId = http.createTask(http.createQuery(BY_STATUS), "json").get("id").asText();
    http.awaitTask(taskId, "complete"::equals);
    assertEquals(404, http.delete("/running_queries/" + taskId).statusCode());
    assertEquals(404, http.delete("/running_queries/00000000000000000000000000000000").statusCode());
    assertEquals(404, http.get("/query_tasks/nope").statusCode());
    assertEquals(404, http.get("/query_tasks/nope/results").statusCode());
  }

  @Test void multiResultsMixStatuses() throws Exception {
    String queryId = http.createQuery(BY_STATUS);
    String complete = http.createTask(queryId, "json").get("id").asText();
    String csv = http.createTask(queryId, "csv").get("id").asText();
    http.awaitTask(complete, "complete"::equals);
    http.awaitTask(csv, "complete"::equals);
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/query_tasks\",\"latency_ms\":30000}");
    String running = http.createTask(queryId, "json").get("id").asText();
    String killed = http.createTask(queryId, "json_detail").get("id").asText();
    http.awaitTask(running, "running"::equals);
    assertEquals(204, http.delete("/running_queries/" + killed).statusCode());
    http.awaitTask(killed, "killed"::equals);

    HttpResponse<String> r = http.get("/query_tasks/multi_results?query_task_ids="
        + String.join(",", complete, csv, running, killed, "unknown"));
    assertEquals(200, r.statusCode(), r.body());
    JsonNode multi = json(r);
    assertEquals(5, multi.size());
    assertEquals("complete", multi.get(complete).get("status").asText());
    assertEquals(json(http.get("/queries/" + queryId + "/run/json")), multi.get(complete).get("data"));
    assertEquals(http.get("/queries/" + queryId + "/run/csv").body(),
        multi.get(csv).get("data").asText());
    assertEquals("running", multi.get(running).get("status").asText());
    assertFalse(multi.get(running).has("data"));
    assertEquals("killed", multi.get(killed).get("status").asText());
    assertTrue(multi.get(killed).get("data").get("errors").get(0).get("message").isTextual());
    assertEquals("missing", multi.get("unknown").get("status").asText());

    // json_detail carries a failed query's error in a 200 body.
    HttpResponse<String> detail = http.get("/query_tasks/" + killed + "/results");
    assertEquals(200, detail.statusCode());
    assertEquals(0, json(detail).get("data").size());
    assertEquals(204, http.delete("/running_queries/" + running).statusCode());
  }

  @Test void badTaskRequestsAreRefused() throws Exception {
    String queryId = http.createQuery(BY_STATUS);
    assertValidation(http.post("/query_tasks", "{\"result_format\":\"json\"}"), "query_id");
    assertValidation(http.post("/query_tasks", "{\"query_id\":\"" + queryId + "\"}"), "result_format");
    assertValidation(http.post("/query_tasks",
        "{\"query_id\":\"" + queryId + "\",\"result_format\":\"xlsx\"}"), "result_format");
    assertEquals(404, http.post("/query_tasks",
        "{\"query_id\":\"999999\",\"result_format\":\"json\"}").statusCode());
    assertEquals(400, http.get("/query_tasks/multi_results").statusCode());
  }

  private static void assertValidation(HttpResponse<String> r, String field) throws Exception {
    assertEquals(422, r.statusCode(), r.body());
    assertEquals(field, json(r).get("errors").get(0).get("field").asText());
  }

  private static JsonNode runningQuery(String taskId) throws Exception {
    for (JsonNode q : json(http.get("/running_queries"))) {
      if (q.get("query_task_id").asText().equals(taskId)) {
        return q;
      }
    }
    return null;
  }

  private static com.zaxxer.hikari.HikariPoolMXBean pool() {
    return ((HikariDataSource) looker.dataSource()).getHikariPoolMXBean();
  }
}

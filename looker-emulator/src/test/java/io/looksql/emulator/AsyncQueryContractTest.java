package io.looksql.emulator;

import static io.looksql.emulator.EmulatorHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.contract.OpenApiContract;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The async query endpoints' responses, and the errors of a fault, validate against Looker's
 * OpenAPI spec. Runs in the Maven profile {@code contract}.
 */
class AsyncQueryContractTest {
  private static final OpenApiContract CONTRACT = OpenApiContract.get();
  private static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.status\",\"order_items.count\"],\"limit\":\"10\"}";

  private static LookerEmulator looker;
  private static EmulatorHttp http;

  @BeforeAll static void start() throws Exception {
    looker = LookerEmulator.builder().scale(0.02).faults(true).start();
    http = new EmulatorHttp(looker);
  }

  @AfterAll static void stop() {
    looker.close();
  }

  @Test void taskLifecycleBodiesMatchTheSpec() throws Exception {
    String queryId = http.createQuery(QUERY);
    HttpResponse<String> created = http.post("/query_tasks",
        "{\"query_id\":\"" + queryId + "\",\"result_format\":\"json\"}");
    valid("POST", "/query_tasks", created);
    String taskId = json(created).get("id").asText();
    http.awaitTask(taskId, "complete"::equals);
    valid("GET", "/query_tasks/" + taskId, http.get("/query_tasks/" + taskId));
    valid("GET", "/query_tasks/" + taskId + "/results", http.get("/query_tasks/" + taskId + "/results"));
    valid("GET", "/query_tasks/multi_results",
        http.get("/query_tasks/multi_results?query_task_ids=" + taskId + ",nope"));
    valid("GET", "/query_tasks/x", http.get("/query_tasks/nope"));
    valid("GET", "/query_tasks/x/results", http.get("/query_tasks/nope/results"));
    valid("DELETE", "/running_queries/x", http.delete("/running_queries/" + taskId));
    valid("POST", "/query_tasks", http.post("/query_tasks", "{\"result_format\":\"json\"}"));
  }

  @Test void runningAndKilledBodiesMatchTheSpec() throws Exception {
    http.addFault("{\"kind\":\"db_delay\",\"path\":\"/api/4.0/query_tasks\",\"latency_ms\":30000}");
    try {
      String taskId = http.createTask(http.createQuery(QUERY), "csv").get("id").asText();
      valid("GET", "/query_tasks/x/results", http.get("/query_tasks/" + taskId + "/results"));
      http.awaitTask(taskId, "running"::equals);
      HttpResponse<String> running = http.get("/running_queries");
      valid("GET", "/running_queries", running);
      assertEquals(1, json(running).size());
      HttpResponse<String> kill = http.delete("/running_queries/" + taskId);
      valid("DELETE", "/running_queries/x", kill);
      http.awaitTask(taskId, "killed"::equals);
      valid("GET", "/query_tasks/" + taskId, http.get("/query_tasks/" + taskId));
      valid("GET", "/query_tasks/x/results", http.get("/query_tasks/" + taskId + "/results"));
    } finally {
      http.faults("DELETE", null);
    }
  }

  @Test void injectedErrorsAreLookerErrors() throws Exception {
    http.addFault("{\"kind\":\"status\",\"status\":429,\"retry_after\":1,"
        + "\"path\":\"/api/4.0/running_queries\",\"count\":1}");
    valid("GET", "/running_queries", http.get("/running_queries"));
  }

  private static void valid(String method, String path, HttpResponse<String> r) {
    CONTRACT.assertValid(method, path, r.statusCode(), r.body());
  }
}

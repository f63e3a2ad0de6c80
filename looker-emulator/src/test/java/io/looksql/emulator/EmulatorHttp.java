package io.looksql.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A loopback HTTP client of a {@link LookerEmulator}, logged in as the admin. */
final class EmulatorHttp {
  static final ObjectMapper MAPPER = new ObjectMapper();

  final LookerEmulator looker;
  final HttpClient client = HttpClient.newHttpClient();
  final String token;

  EmulatorHttp(LookerEmulator looker) throws Exception {
    this.looker = looker;
    this.token = login();
  }

  /** Logs in as the admin and returns a fresh access token. */
  String login() throws Exception {
    HttpResponse<String> r = send(HttpRequest.newBuilder(api("/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("client_id=" + enc(looker.adminClientId())
            + "&client_secret=" + enc(looker.adminClientSecret()))));
    if (r.statusCode() != 200) {
      throw new AssertionError("login failed: " + r.statusCode() + " " + r.body());
    }
    return json(r).get("access_token").asText();
  }

  URI api(String path) {
    return URI.create(looker.baseUrl() + "/api/4.0" + path);
  }

  HttpRequest.Builder authorized(URI uri) {
    return HttpRequest.newBuilder(uri).header("Authorization", "token " + token);
  }

  HttpResponse<String> get(String path) throws Exception {
    return send(authorized(api(path)).GET());
  }

  HttpResponse<String> delete(String path) throws Exception {
    return send(authorized(api(path)).DELETE());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return send(authorized(api(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Calls the fault API (outside {@code /api/4.0}, no token). */
  HttpResponse<String> faults(String method, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(looker.baseUrl() + "/emulator/faults"));
    b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    return send(b);
  }

  /** Adds a fault and returns its JSON; fails unless the API accepts it. */
  JsonNode addFault(String json) throws Exception {
    HttpResponse<String> r = faults("POST", json);
    if (r.statusCode() != 200) {
      throw new AssertionError("fault refused: " + r.statusCode() + " " + r.body());
    }
    return json(r);
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Creates a stored query and returns its id. */
  String createQuery(String json) throws Exception {
    HttpResponse<String> r = post("/queries", json);
    if (r.statusCode() != 200) {
      throw new AssertionError("create query: " + r.statusCode() + " " + r.body());
    }
    return json(r).get("id").asText();
  }

  /** Creates a query task and returns its {@code QueryTask}. */
  JsonNode createTask(String queryId, String format) throws Exception {
    HttpResponse<String> r = post("/query_tasks",
        "{\"query_id\":\"" + queryId + "\",\"result_format\":\"" + format + "\"}");
    if (r.statusCode() != 200) {
      throw new AssertionError("create task: " + r.statusCode() + " " + r.body());
    }
    return json(r);
  }

  /** Polls the task until its status satisfies {@code done}; returns that {@code QueryTask}. */
  JsonNode awaitTask(String taskId, Predicate<String> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      JsonNode task = json(get("/query_tasks/" + taskId));
      if (done.test(task.get("status").asText())) {
        return task;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("task " + taskId + " still " + task.get("status"));
      }
      Thread.sleep(10);
    }
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return MAPPER.readTree(r.body());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}

package io.looksql.emulator.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlLoader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Tests the emulator on real Looker projects (the LookML corpus: public Looker Blocks, their SQL
 * written for BigQuery): each project loads; every explore's metadata is what Looker's OpenAPI
 * spec declares; and for every explore, a query of each of its fields, alone and with one
 * dimension, renders SQL in the {@code sql} result format (rendered, not run: the SQL is not for
 * this database). The one refusal accepted is Looker's own: a measure whose view has no primary
 * key, under a join that repeats its rows (Looker's symmetric aggregates need the key; without it
 * Looker doesn't let the measure through the join).
 *
 * <p>Runs in the Maven profile {@code contract} ({@code -Dlooker.spec=...}) when
 * {@code -Dlooksql.lookml.corpus=<folder of projects>} is given too; skipped otherwise.
 */
class LookmlCorpusContractTest {
  /** The system property naming the corpus folder: one sub-folder per project. */
  static final String CORPUS_PROPERTY = "looksql.lookml.corpus";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int FAILURES_SHOWN = 25;
  private static final int IN_FLIGHT = 8;
  /** The emulator's message for the refusal Looker makes too (see the class comment). */
  private static final String NO_PRIMARY_KEY = "needs a primary_key for symmetric aggregates";

  @TestFactory Stream<DynamicTest> eachProject() throws Exception {
    String corpus = System.getProperty(CORPUS_PROPERTY);
    assumeTrue(corpus != null && Files.isDirectory(Path.of(corpus)),
        "no LookML corpus: -D" + CORPUS_PROPERTY + "=<folder> not given or absent");
    List<Path> projects;
    try (Stream<Path> list = Files.list(Path.of(corpus))) {
      projects = list.filter(Files::isDirectory).sorted().toList();
    }
    assertFalse(projects.isEmpty(), "no project folder in " + corpus);
    return projects.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(),
        () -> checkProject(p)));
  }

  private static void checkProject(Path folder) throws Exception {
    OpenApiContract contract = OpenApiContract.get();
    try (LookerEmulator looker = LookerEmulator.builder()
        .lookml(LookmlLoader.readDirectory(folder)).projectName(folder.getFileName().toString())
        .loadSample(false).port(0).start()) {
      Api api = new Api(looker);
      JsonNode models = api.json("GET", "/lookml_models", null);
      List<String> failures = new ArrayList<>();
      int explores = 0;
      int queries = 0;
      for (JsonNode model : models) {
        for (JsonNode exploreRef : model.path("explores")) {
          String path = "/lookml_models/" + model.path("name").asText() + "/explores/"
              + exploreRef.path("name").asText();
          HttpResponse<String> response = api.send("GET", path, null);
          assertEquals(200, response.statusCode(), path + ": " + response.body());
          contract.assertValid("GET", "/lookml_models/{lookml_model_name}/explores/{explore_name}",
              200, response.body());
          explores++;
          queries += renderEachField(api, model.path("name").asText(),
              MAPPER.readTree(response.body()), failures);
        }
      }
      assertTrue(explores > 0, "project " + folder.getFileName() + " has no explore");
      assertTrue(failures.isEmpty(), failures.size() + " of " + queries
          + " queries did not render SQL, e.g.:\n"
          + String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))));
    }
  }

  /** Renders each field alone and with the explore's first other dimension; returns how many. */
  private static int renderEachField(Api api, String model, JsonNode explore,
      List<String> failures) throws Exception {
    List<String> fields = new ArrayList<>();
    String firstDimension = null;
    for (String kind : List.of("dimensions", "measures")) {
      for (JsonNode field : explore.path("fields").path(kind)) {
        fields.add(field.path("name").asText());
        if (firstDimension == null && kind.equals("dimensions")) {
          firstDimension = field.path("name").asText();
        }
      }
    }
    List<List<String>> queries = new ArrayList<>();
    for (String field : fields) {
      queries.add(List.of(field));
      if (firstDimension != null && !firstDimension.equals(field)) {
        queries.add(List.of(firstDimension, field));
      }
    }
    // A few requests in flight at once: each waits mostly on the loopback round trip.
    for (int start = 0; start < queries.size(); start += IN_FLIGHT) {
      List<List<String>> batch = queries.subList(start, Math.min(queries.size(), start + IN_FLIGHT));
      List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
      for (List<String> query : batch) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("model", model).put("view", explore.path("name").asText());
        query.forEach(body.putArray("fields")::add);
        responses.add(api.sendAsync("POST", "/queries/run/sql", body.toString()));
      }
      for (int i = 0; i < batch.size(); i++) {
        HttpResponse<String> response = responses.get(i).get();
        boolean refusedAsLooker = response.statusCode() == 422
            && response.body().contains(NO_PRIMARY_KEY);
        if (!refusedAsLooker
            && (response.statusCode() != 200 || !response.body().contains("SELECT"))) {
          failures.add(explore.path("name").asText() + " " + batch.get(i) + ": "
              + response.statusCode() + " " + response.body());
        }
      }
    }
    return queries.size();
  }

  /** A loopback client of the emulator's API, logged in as the admin. */
  private static final class Api {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String token;

    Api(LookerEmulator looker) throws Exception {
      base = looker.baseUrl() + "/api/4.0";
      HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString("client_id="
              + URLEncoder.encode(looker.adminClientId(), StandardCharsets.UTF_8)
              + "&client_secret="
              + URLEncoder.encode(looker.adminClientSecret(), StandardCharsets.UTF_8)))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, login.statusCode(), login.body());
      token = MAPPER.readTree(login.body()).path("access_token").asText();
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
      return sendAsync(method, path, json).get();
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String json) {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", "token " + token);
      if (json == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json));
      }
      return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String method, String path, String json) throws Exception {
      HttpResponse<String> response = send(method, path, json);
      assertEquals(200, response.statusCode(), path + ": " + response.body());
      return MAPPER.readTree(response.body());
    }
  }
}

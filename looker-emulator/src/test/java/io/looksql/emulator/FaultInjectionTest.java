package io.looksql.emulator;

import static io.looksql.emulator.EmulatorHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each fault kind as a client sees it, and the fault API itself. */
class FaultInjectionTest {
  private static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.id\",\"order_items.status\"],\"sorts\":[\"order_items.id\"],"
      + "\"limit\":\"2000\"}";

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
    assertEquals(204, http.faults("DELETE", null).statusCode());
  }

  @Test void tooManyRequestsCarriesRetryAfter() throws Exception {
    http.addFault("{\"kind\":\"status\",\"status\":429,\"retry_after\":7,"
        + "\"path\":\"/api/4.0/lookml_models\",\"count\":1}");
    HttpResponse<String> r = http.get("/lookml_models");
    assertEquals(429, r.statusCode(), r.body());
    assertEquals(Optional.of("7"), r.headers().firstValue("Retry-After"));
    JsonNode body = json(r);
    assertEquals("Too Many Requests", body.get("message").asText());
    assertTrue(body.get("documentation_url").asText().endsWith("/4.0/429/get/lookml_models"),
        body.toString());
    // count 1: the next call goes through.
    assertEquals(200, http.get("/lookml_models").statusCode());
  }

  @Test void serviceUnavailableForAMethodAndGlob() throws Exception {
    http.addFault("{\"kind\":\"status\",\"status\":503,\"method\":\"post\","
        + "\"path\":\"/api/4.0/queries/run/*\"}");
    HttpResponse<String> r = http.post("/queries/run/json", QUERY);
    assertEquals(503, r.statusCode());
    assertEquals("Service Unavailable", json(r).get("message").asText());
    assertEquals(503, http.post("/queries/run/csv", QUERY).statusCode());
    assertEquals(200, http.post("/queries", QUERY).statusCode(), "other path");
    JsonNode listed = json(http.faults("GET", null)).get(0);
    assertEquals(2, listed.get("applied").asInt());
  }

  @Test void regexPathsAndProbabilityAreSeeded() throws Exception {
    http.addFault("{\"kind\":\"status\",\"status\":500,\"path\":\"^/api/4\\\\.0/lookml_models\","
        + "\"probability\":0.5,\"seed\":42}");
    int failures = 0;
    for (int i = 0; i < 40; i++) {
      int status = http.get("/lookml_models/ecommerce").statusCode();
      assertTrue(status == 200 || status == 500, String.valueOf(status));
      failures += status == 500 ? 1 : 0;
    }
    assertTrue(failures > 5 && failures < 35, failures + " of 40");
    assertEquals(failures, json(http.faults("GET", null)).get(0).get("applied").asInt());
  }

  @Test void droppedStreamedBodyFailsTheClientRead() throws Exception {
    http.addFault("{\"kind\":\"drop_body\",\"path\":\"/api/4.0/queries/run/*\",\"after_bytes\":100,"
        + "\"count\":1}");
    HttpResponse<InputStream> r = http.client.send(http.authorized(http.api("/queries/run/json"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build(),
        HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, r.statusCode());
    byte[] received = new byte[100];
    try (InputStream in = r.body()) {
      assertEquals(100, in.readNBytes(received, 0, 100), "the bytes before the cut arrive");
      assertThrows(IOException.class, in::readAllBytes);
    }
    assertTrue(new String(received, java.nio.charset.StandardCharsets.UTF_8).startsWith("[{"));
    // count 1: the next run is whole.
    assertEquals(2000, json(http.post("/queries/run/json", QUERY)).size());
  }

  @Test void droppedFixedLengthBodyFailsTheClientRead() throws Exception {
    http.addFault("{\"kind\":\"drop_body\",\"path\":\"/api/4.0/lookml_models\",\"after_bytes\":10}");
    assertThrows(IOException.class, () -> http.get("/lookml_models"));
  }

  @Test void expiredTokenGets401() throws Exception {
    String token = http.login();
    http.addFault("{\"kind\":\"expire_token\",\"path\":\"/api/4.0/user\",\"count\":1}");
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(http.api("/user"))
        .header("Authorization", "token " + token));
    assertEquals(401, r.statusCode(), r.body());
    assertTrue(json(r).get("documentation_url").isTextual());
    // The token stays expired on every path; a new login works.
    assertEquals(401, http.send(HttpRequest.newBuilder(http.api("/lookml_models"))
        .header("Authorization", "token " + token)).statusCode());
    String fresh = http.login();
    assertEquals(200, http.send(HttpRequest.newBuilder(http.api("/user"))
        .header("Authorization", "token " + fresh)).statusCode());
  }

  @Test void latencyDelaysTheAnswer() throws Exception {
    http.addFault("{\"kind\":\"latency\",\"latency_ms\":400,\"path\":\"/api/4.0/lookml_models\"}");
    long start = System.nanoTime();
    assertEquals(200, http.get("/lookml_models").statusCode());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 400);
  }

  @Test void dbDelaySlowsTheQueryNotTheAnswer() throws Exception {
    http.addFault("{\"kind\":\"db_delay\",\"latency_ms\":400,\"path\":\"/api/4.0/queries/run/*\"}");
    long start = System.nanoTime();
    HttpResponse<String> r = http.post("/queries/run/json", QUERY);
    assertEquals(200, r.statusCode(), r.body());
    assertTrue((System.nanoTime() - start) / 1_000_000 >= 400);
    assertEquals(2000, json(r).size(), "the rows are the same");
    long quick = System.nanoTime();
    assertEquals(200, http.get("/lookml_models").statusCode());
    assertTrue((System.nanoTime() - quick) / 1_000_000 < 400, "only queries are delayed");
  }

  @Test void theFaultApiValidatesListsAndClears() throws Exception {
    assertRefused("{\"kind\":\"nope\"}", "kind");
    assertRefused("{\"path\":\"/x\"}", "kind");
    assertRefused("{\"kind\":\"latency\"}", "latency_ms");
    assertRefused("{\"kind\":\"status\",\"status\":200}", "status");
    assertRefused("{\"kind\":\"status\",\"probability\":2}", "probability");
    assertRefused("{\"kind\":\"status\",\"count\":0}", "count");
    assertRefused("{\"kind\":\"status\",\"path\":\"^([\"}", "path");
    assertRefused("{\"kind\":\"status\",\"cuont\":1}", "cuont");
    JsonNode added = http.addFault("{\"kind\":\"status\",\"path\":\"/nowhere\"}");
    assertEquals("status", added.get("kind").asText());
    assertEquals(500, added.get("status").asInt());
    assertEquals(1, json(http.faults("GET", null)).size());
    assertEquals(204, http.faults("DELETE", null).statusCode());
    assertEquals(0, json(http.faults("GET", null)).size());
  }

  @Test void withoutFaultsTheFaultApiIs404() throws Exception {
    try (LookerEmulator plain = LookerEmulator.builder().scale(0.01).start()) {
      EmulatorHttp client = new EmulatorHttp(plain);
      assertEquals(404, client.faults("GET", null).statusCode());
      assertEquals(404, client.faults("POST", "{\"kind\":\"latency\",\"latency_ms\":1}").statusCode());
    }
  }

  @Test void commandLineFlagEnablesFaults() throws Exception {
    try (LookerEmulator cli = EmulatorMain.parse(
        new String[] {"--port", "0", "--scale", "0.01", "--faults"}).start()) {
      HttpResponse<String> r = http.client.send(HttpRequest.newBuilder(
          URI.create(cli.baseUrl() + "/emulator/faults")).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, r.statusCode());
      assertEquals("[]", r.body());
    }
  }

  private static void assertRefused(String json, String field) throws Exception {
    HttpResponse<String> r = http.faults("POST", json);
    assertEquals(422, r.statusCode(), r.body());
    assertEquals(field, json(r).get("errors").get(0).get("field").asText(), r.body());
  }
}

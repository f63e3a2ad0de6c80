package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.assertError;
import static io.looksql.emulator.server.TestServer.json;
import static io.looksql.emulator.server.TestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stored queries, running them, and the error answers of the query endpoints. */
class QueryRoutesTest {
  private static TestServer server;
  private static String token;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
    token = server.login();
  }

  @AfterAll static void stop() {
    server.close();
  }

  @Test void createReturnsTheQueryWithIdAndSlug() throws Exception {
    HttpResponse<String> r = server.postJson("/queries", token,
        "{\"model\":\"shop\",\"view\":\"orders\",\"fields\":[\"orders.id\",\"orders.status\"],"
            + "\"filters\":{\"orders.status\":\"complete\"},\"sorts\":[\"orders.id desc\"],"
            + "\"limit\":\"12\",\"query_timezone\":\"Europe/Paris\",\"unknown_property\":1}");
    assertEquals(200, r.statusCode(), r.body());
    JsonNode q = json(r);
    assertTrue(q.get("id").isTextual());
    assertEquals(7, q.get("slug").asText().length());
    assertEquals("shop", q.get("model").asText());
    assertEquals("orders", q.get("view").asText());
    assertEquals("orders.status", q.get("fields").get(1).asText());
    assertEquals("complete", q.get("filters").get("orders.status").asText());
    assertEquals("orders.id desc", q.get("sorts").get(0).asText());
    assertEquals("12", q.get("limit").asText());
    assertEquals("Europe/Paris", q.get("query_timezone").asText());
    assertEquals(22, q.get("client_id").asText().length());
    assertFalse(q.get("has_table_calculations").asBoolean());
    assertTrue(q.get("pivots").isNull());
  }

  @Test void identicalBodiesGiveTheSameQuery() throws Exception {
    JsonNode a = json(server.postJson("/queries", token,
        "{\"model\":\"shop\",\"view\":\"orders\",\"filters\":{\"a\":\"1\",\"b\":\"2\"}}"));
    JsonNode b = json(server.postJson("/queries", token,
        "{\"view\":\"orders\",\"model\":\"shop\",\"filters\":{\"b\":\"2\",\"a\":\"1\"}}"));
    JsonNode c = json(server.postJson("/queries", token,
        "{\"model\":\"shop\",\"view\":\"orders\",\"filters\":{\"a\":\"1\"}}"));
    assertEquals(a.get("id"), b.get("id"));
    assertEquals(a.get("slug"), b.get("slug"));
    assertNotEquals(a.get("id"), c.get("id"));
  }

  @Test void storedQueriesAreFoundByIdAndSlugAndRun() throws Exception {
    JsonNode created = json(server.postJson("/queries", token, query("orders", "5")));
    String id = created.get("id").asText();
    assertEquals(created, json(server.get("/queries/" + id, token)));
    assertEquals(created, json(server.get("/queries/slug/" + created.get("slug").asText(), token)));
    HttpResponse<String> run = server.get("/queries/" + id + "/run/json", token);
    assertEquals(200, run.statusCode(), run.body());
    assertEquals(5, json(run).size());
    assertEquals(2, json(server.get("/queries/" + id + "/run/json?limit=2", token)).size());
    JsonNode detail = json(server.get("/queries/" + id + "/run/json_detail", token));
    assertEquals(id, detail.get("id").asText());
  }

  @Test void unknownQueriesAre404() throws Exception {
    assertError(server.get("/queries/999999", token), 404, "/404/get/queries/:query_id");
    assertError(server.get("/queries/slug/nope", token), 404, "/404/get/queries/slug/:slug");
    assertError(server.get("/queries/999999/run/json", token), 404,
        "/404/get/queries/:query_id/run/:result_format");
  }

  @Test void unknownFormatIs400ListingTheSupportedOnes() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/xlsx", token, query("orders", "5"));
    assertError(r, 400, "/400/post/queries/run/:result_format");
    String message = json(r).get("message").asText();
    assertTrue(message.contains("'xlsx'"), message);
    for (String f : new String[] {"json", "json_detail", "json_bi", "csv", "txt", "sql"}) {
      assertTrue(message.contains(f), message);
    }
  }

  @Test void badJsonIs400NamingTheProblem() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/json", token, "{\"model\": ");
    assertError(r, 400, null);
    assertTrue(json(r).get("message").asText().contains("JSON"), r.body());
    assertError(server.postJson("/queries", token, "[1, 2]"), 400, null);
    assertError(server.postJson("/queries", token, ""), 400, null);
    assertError(server.postJson("/queries", token, "{\"model\":\"shop\",\"view\":\"orders\","
        + "\"fields\":\"not-a-list\"}"), 400, null);
  }

  @Test void missingModelOrViewIs422() throws Exception {
    HttpResponse<String> r = server.postJson("/queries", token, "{\"view\":\"orders\"}");
    assertValidationError(r, "model", "missing_field");
    assertValidationError(server.postJson("/queries/run/json", token, "{\"model\":\"shop\"}"),
        "view", "missing_field");
  }

  @Test void compilerErrorsKeepTheirStatus() throws Exception {
    HttpResponse<String> notFound = server.postJson("/queries/run/json", token,
        "{\"model\":\"nope\",\"view\":\"orders\"}");
    assertError(notFound, 404, "/404/post/queries/run/:result_format");
    assertTrue(json(notFound).get("message").asText().contains("nope"));
    assertValidationError(server.postJson("/queries", token,
        "{\"model\":\"shop\",\"view\":\"orders\",\"fields\":[\"orders.nope\"]}"), "fields", "invalid");
  }

  @Test void databaseErrorsAre400WithTheDatabaseMessage() throws Exception {
    HttpResponse<String> r = server.postJson("/queries/run/json", token, query("failing", null));
    assertError(r, 400, null);
    assertTrue(json(r).get("message").asText().contains("NO_SUCH_COLUMN"), r.body());
    assertEquals(3, json(server.postJson("/queries/run/json", token, query("orders", "3"))).size());
  }

  @Test void invalidLimitParameterIs400() throws Exception {
    assertError(server.postJson("/queries/run/json?limit=many", token, query("orders", "3")), 400,
        null);
  }

  private static void assertValidationError(HttpResponse<String> r, String field, String code)
      throws Exception {
    assertEquals(422, r.statusCode(), r.body());
    JsonNode body = json(r);
    assertEquals("Validation Failed", body.get("message").asText());
    assertTrue(body.get("documentation_url").asText().contains("/422/post/queries"));
    JsonNode error = body.get("errors").get(0);
    assertEquals(field, error.get("field").asText());
    assertEquals(code, error.get("code").asText());
    assertTrue(error.get("message").isTextual());
    assertEquals(body.get("documentation_url"), error.get("documentation_url"));
  }
}

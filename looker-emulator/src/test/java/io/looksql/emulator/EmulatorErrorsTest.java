package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad queries get Looker's error statuses with messages that name the fault, and the server keeps serving. */
class EmulatorErrorsTest {
  private static LookerEmulator looker;
  private static LookerApiClient api;

  @BeforeAll
  static void start() {
    // The smallest sample: these tests are about errors, not data.
    looker = LookerEmulator.builder().scale(0.001).port(0).start();
    api = LookerApiClient.login(looker);
  }

  @AfterAll
  static void stop() {
    if (looker != null) {
      looker.close();
    }
  }

  private static Arguments bad(String name, String format, String body, int status, String... mentions) {
    return Arguments.of(name, format, body, status, List.of(mentions));
  }

  private static String query(String fields, String extra) {
    return "{\"model\":\"ecommerce\",\"view\":\"order_items\",\"fields\":[" + fields + "]" + extra + "}";
  }

  static Stream<Arguments> badRequests() {
    String count = "\"order_items.count\"";
    return Stream.of(
        bad("unknown field in fields", "json", query("\"order_items.nope\"", ""), 422, "order_items.nope"),
        bad("unknown view in fields", "json", query("\"nowhere.count\"", ""), 422, "nowhere.count"),
        bad("field hidden from the explore by fields:", "json",
            "{\"model\":\"ecommerce\",\"view\":\"orders\",\"fields\":[\"users.email\"]}", 422, "users.email"),
        bad("unknown field in filters", "json", query(count, ",\"filters\":{\"users.shoe_size\":\"42\"}"),
            422, "users.shoe_size"),
        bad("malformed number filter", "json", query(count, ",\"filters\":{\"users.age\":\"5 to to 7\"}"),
            422, "users.age", "5 to to 7", "position 5"),
        bad("malformed string filter", "json", query(count, ",\"filters\":{\"products.brand\":\"abc^\"}"),
            422, "products.brand", "position 3"),
        bad("malformed date filter", "json",
            query(count, ",\"filters\":{\"order_items.created_date\":\"3 dayz\"}"), 422,
            "order_items.created_date", "dayz", "position 2"),
        bad("malformed yes/no filter", "json", query(count, ",\"filters\":{\"order_items.is_returned\":\"maybe\"}"),
            422, "order_items.is_returned", "maybe"),
        bad("malformed measure filter", "json", query(count, ",\"filters\":{\"order_items.count\":\">>3\"}"),
            422, "order_items.count", "position"),
        bad("sort on a field not selected", "json", query(count, ",\"sorts\":[\"users.age desc\"]"), 422, "users.age"),
        bad("unknown query_timezone", "json", query(count, ",\"query_timezone\":\"Mars/Olympus\""), 422,
            "Mars/Olympus"),
        bad("limit not a number", "json", query(count, ",\"limit\":\"lots\""), 422, "lots"),
        bad("dynamic_fields not JSON", "json", query(count, ",\"dynamic_fields\":\"[{\\\"measure\\\":\""), 422,
            "dynamic_fields"),
        bad("custom measure on an unknown field", "json",
            query("\"x\"", ",\"dynamic_fields\":\"[{\\\"measure\\\":\\\"x\\\",\\\"based_on\\\":\\\"users.nope\\\","
                + "\\\"type\\\":\\\"sum\\\"}]\""), 422, "users.nope"),
        bad("truncated JSON body", "json", "{\"model\":\"ecommerce\",\"view\":", 400, "JSON"),
        bad("JSON array instead of an object", "json", "[1, 2, 3]", 400),
        bad("empty body", "json", "", 400),
        bad("unknown result format", "xlsx", query(count, ""), 400, "xlsx"),
        bad("unknown model", "json", "{\"model\":\"shop\",\"view\":\"order_items\",\"fields\":[" + count + "]}",
            404, "shop"),
        bad("unknown explore", "json", "{\"model\":\"ecommerce\",\"view\":\"returns\",\"fields\":[" + count + "]}",
            404, "returns"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void refusesAndKeepsServing(String name, String format, String body, int status, List<String> mentions)
      throws SQLException {
    HttpResponse<String> response = api.run(format, body);
    assertEquals(status, response.statusCode(), response.body());
    JsonNode error = LookerApiClient.parse(response.body());
    assertTrue(error.hasNonNull("message"), "Looker error bodies have a message: " + response.body());
    assertTrue(!response.body().contains("io.looksql"), "errors speak of the API, not of Java classes: "
        + response.body());
    if (status == 422) {
      // Looker's ValidationError: the fault is described in errors[].
      assertTrue(error.path("errors").isArray() && error.path("errors").size() > 0, response.body());
    }
    for (String mention : mentions) {
      assertTrue(response.body().contains(mention), "error should mention \"" + mention + "\": " + response.body());
    }
    stillAnswers();
  }

  /** A valid query right after the bad one still gets the right answer. */
  private static void stillAnswers() throws SQLException {
    LookerQuery query = LookerQuery.explore("order_items").fields("order_items.status", "order_items.count")
        .sorts("order_items.status");
    String sql = "SELECT status, COUNT(*) FROM order_items GROUP BY status ORDER BY status";
    ResultRows.assertSame(query.fieldNames(), api.runJson(query), ResultRows.query(looker.dataSource(), sql),
        true, "query: " + query + "\nhand SQL: " + sql);
  }
}

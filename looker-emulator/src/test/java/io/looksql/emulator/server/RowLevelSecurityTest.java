package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample's {@code access_filter} on users.region by user attribute "region": each analyst
 * sees only their region's rows, through every run endpoint and format, checked against plain SQL
 * on the emulator's database.
 */
class RowLevelSecurityTest {
  private static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"users.state\",\"order_items.count\"],\"sorts\":[\"users.state\"],"
      + "\"limit\":\"500\"}";

  private static SampleApi api;
  private static String admin;
  private static String west;
  private static String northeast;

  @BeforeAll static void start() throws Exception {
    api = SampleApi.start();
    admin = api.login("looksql-admin");
    west = api.login("looksql-west");
    northeast = api.login("looksql-northeast");
  }

  @AfterAll static void stop() {
    api.close();
  }

  /** Returns state to item count for the states in {@code states}, or all when null, by plain SQL. */
  private static Map<String, Long> expected(String states) throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    for (List<Object> row : api.sql("SELECT u.state, COUNT(*) FROM order_items oi"
        + " LEFT JOIN users u ON u.id = oi.user_id"
        + (states == null ? "" : " WHERE u.country = 'United States' AND u.state IN " + states)
        + " GROUP BY u.state")) {
      counts.put(String.valueOf(row.get(0)), ((Number) row.get(1)).longValue());
    }
    return counts;
  }

  private static Map<String, Long> fromJson(JsonNode rows, Function<JsonNode, JsonNode> cell,
      String stateField, String countField) {
    Map<String, Long> counts = new TreeMap<>();
    for (JsonNode row : rows) {
      JsonNode state = cell.apply(row.get(stateField));
      counts.put(state.isNull() ? "null" : state.asText(), cell.apply(row.get(countField)).asLong());
    }
    return counts;
  }

  private static Map<String, Long> fromText(List<List<String>> records) {
    Map<String, Long> counts = new TreeMap<>();
    for (List<String> r : records.subList(1, records.size())) {
      counts.put(r.get(0).isEmpty() ? "null" : r.get(0), Long.parseLong(r.get(1)));
    }
    return counts;
  }

  /** Returns the counts a user gets from a run endpoint in a format. */
  private static Map<String, Long> run(String token, String path, String format) throws Exception {
    HttpResponse<String> r = path == null
        ? api.post("/queries/run/" + format, token, QUERY)
        : api.get(path + format, token);
    assertEquals(200, r.statusCode(), r.body());
    return switch (format) {
      case "json" -> fromJson(TestServer.json(r), Function.identity(), "users.state",
          "order_items.count");
      case "json_detail" -> fromJson(TestServer.json(r).get("data"), c -> c.get("value"),
          "users.state", "order_items.count");
      case "json_bi" -> fromJson(TestServer.json(r).get("rows"), c -> c.get("value"),
          "users.state", "order_items.count");
      case "csv" -> fromText(Csv.parse(r.body()));
      case "txt" -> fromText(Arrays.stream(r.body().split("\n"))
          .map(line -> Arrays.asList(line.split("\t", -1))).toList());
      default -> throw new AssertionError(format);
    };
  }

  @Test void westAnalystSeesOnlyWestRowsInEveryFormatAndEndpoint() throws Exception {
    Map<String, Long> expected = expected(SampleApi.WEST);
    assertTrue(expected.size() >= 4, "the sample has buyers in several West states: " + expected);
    String stored = "/queries/" + ok(api.post("/queries", admin, QUERY)).get("id").asText() + "/run/";
    for (String format : List.of("json", "json_detail", "json_bi", "csv", "txt")) {
      assertEquals(expected, run(west, null, format), "inline " + format);
      assertEquals(expected, run(west, stored, format), "stored " + format);
    }
  }

  @Test void northeastUserSeesAnotherRegion() throws Exception {
    Map<String, Long> expected = expected(SampleApi.NORTHEAST);
    assertTrue(expected.containsKey("New York"), expected.toString());
    for (String format : List.of("json", "csv")) {
      assertEquals(expected, run(northeast, null, format), format);
    }
  }

  @Test void adminRegionPercentSeesEveryRow() throws Exception {
    Map<String, Long> expected = expected(null);
    assertTrue(expected.containsKey("null") && expected.containsKey("Tokyo"), expected.toString());
    assertEquals(expected, run(admin, null, "json"));
  }

  @Test void otherExploresAreFilteredToo() throws Exception {
    String users = "{\"model\":\"ecommerce\",\"view\":\"%s\",\"fields\":[\"%s.count\"]}";
    long westUsers = ((Number) api.sql("SELECT COUNT(*) FROM users WHERE country = 'United States'"
        + " AND state IN " + SampleApi.WEST).get(0).get(0)).longValue();
    assertEquals(westUsers, ok(api.post("/queries/run/json", west,
        String.format(Locale.ROOT, users, "users", "users"))).get(0).get("users.count").asLong());
    assertEquals(westUsers, ok(api.post("/queries/run/json", west,
        String.format(Locale.ROOT, users, "customers", "customers"))).get(0).get("customers.count").asLong());
    long westOrders = ((Number) api.sql("SELECT COUNT(*) FROM orders o JOIN users u"
        + " ON u.id = o.user_id WHERE u.country = 'United States' AND u.state IN "
        + SampleApi.WEST).get(0).get(0)).longValue();
    assertEquals(westOrders, ok(api.post("/queries/run/json", west,
        String.format(Locale.ROOT, users, "orders", "orders"))).get(0).get("orders.count").asLong());
  }

  @Test void aQueryCannotWidenItsAccessFilter() throws Exception {
    String otherRegion = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
        + "\"fields\":[\"order_items.count\"],\"filters\":{\"users.region\":\"Northeast\"}}";
    JsonNode rows = ok(api.post("/queries/run/json", west, otherRegion));
    assertEquals(0, rows.get(0).get("order_items.count").asLong(), rows.toString());
    String sql = api.post("/queries/run/sql", west, QUERY).body();
    assertTrue(sql.contains("'West'"), sql);
  }

  @Test void userWithoutTheAttributeValueIsRefused() throws Exception {
    String token = api.login("looksql-noregion");
    HttpResponse<String> r = api.post("/queries/run/json", token, QUERY);
    TestServer.assertError(r, 403, "/403/post/queries/run/:result_format");
    assertTrue(TestServer.json(r).get("message").asText()
        .contains("user attribute 'region', which has no value for this user"), r.body());
    // The products explore has no access filter, so the same user may query it.
    ok(api.post("/queries/run/json", token,
        "{\"model\":\"ecommerce\",\"view\":\"products\",\"fields\":[\"products.count\"]}"));
  }
}

package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample model's "sales" explore: its always_filter, the aliased join, the parameter, the
 * templated filter, the native derived table bound to it, and the refinement's median and
 * running total; expected answers are plain SQL over the sample tables.
 */
class SampleSalesExploreTest {
  private static final String NOT_CANCELLED = "(status IS NULL OR status <> 'Cancelled')";
  private static SampleApi api;
  private static String admin;

  @BeforeAll static void start() throws Exception {
    api = SampleApi.start();
    admin = api.login("looksql-admin");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static JsonNode run(String body) throws Exception {
    return ok(api.post("/queries/run/json", admin, "{\"model\":\"ecommerce\",\"view\":\"sales\"," + body + "}"));
  }

  private static double number(String sql) throws Exception {
    return ((Number) api.sql(sql).get(0).get(0)).doubleValue();
  }

  @Test void cancelledItemsAreLeftOutUnlessTheStatusIsFiltered() throws Exception {
    assertEquals(number("SELECT COUNT(*) FROM order_items WHERE " + NOT_CANCELLED),
        run("\"fields\":[\"sales.count\"]").get(0).get("sales.count").asDouble());
    assertEquals(number("SELECT COUNT(*) FROM order_items WHERE status = 'Cancelled'"),
        run("\"fields\":[\"sales.count\"],\"filters\":{\"sales.status\":\"Cancelled\"}")
            .get(0).get("sales.count").asDouble());
  }

  @Test void theMedianAndTheRunningTotalOfTheRefinement() throws Exception {
    JsonNode rows = run("\"fields\":[\"sales.status\",\"sales.median_sale_price\","
        + "\"sales.total_sale_price\",\"sales.running_total_sale_price\"],\"sorts\":[\"sales.status\"]");
    List<List<Object>> expected = api.sql("SELECT status, PERCENTILE_CONT(0.5) WITHIN GROUP"
        + " (ORDER BY sale_price), SUM(sale_price) FROM order_items WHERE " + NOT_CANCELLED
        + " GROUP BY status ORDER BY status");
    assertEquals(expected.size(), rows.size());
    double running = 0;
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      assertEquals(expected.get(i).get(0), row.get("sales.status").asText());
      assertEquals(((Number) expected.get(i).get(1)).doubleValue(), row.get("sales.median_sale_price").asDouble(), 1e-6);
      running += ((Number) expected.get(i).get(2)).doubleValue();
      assertEquals(running, row.get("sales.running_total_sale_price").asDouble(), 1e-6);
    }
  }

  @Test void theParameterAndTheAliasedJoin() throws Exception {
    JsonNode rows = run("\"fields\":[\"sales.is_above_threshold\",\"buyer.gender\",\"sales.count\"],"
        + "\"filters\":{\"sales.price_threshold\":\"50\"},\"sorts\":[\"sales.is_above_threshold\",\"buyer.gender\"]");
    List<List<Object>> expected = api.sql("SELECT CASE WHEN oi.sale_price >= 50 THEN 'Yes' ELSE 'No' END AS a,"
        + " u.gender, COUNT(*) FROM order_items oi LEFT JOIN users u ON oi.user_id = u.id WHERE "
        + NOT_CANCELLED.replace("status", "oi.status") + " GROUP BY a, u.gender ORDER BY a, u.gender");
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(expected.get(i).get(0), rows.get(i).get("sales.is_above_threshold").asText());
      assertEquals(expected.get(i).get(1), rows.get(i).get("buyer.gender").asText());
      assertEquals(((Number) expected.get(i).get(2)).longValue(), rows.get(i).get("sales.count").asLong());
    }
  }

  @Test void theTemplatedFilterReachesTheNativeDerivedTable() throws Exception {
    JsonNode row = run("\"fields\":[\"buyer_sales.median_lifetime_sales\"],"
        + "\"filters\":{\"sales.order_status\":\"Complete\"}").get(0);
    assertEquals(number("SELECT PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY s) FROM (SELECT"
            + " user_id, SUM(sale_price) AS s FROM order_items WHERE status = 'Complete'"
            + " GROUP BY user_id) t"),
        row.get("buyer_sales.median_lifetime_sales").asDouble(), 1e-6);
  }
}

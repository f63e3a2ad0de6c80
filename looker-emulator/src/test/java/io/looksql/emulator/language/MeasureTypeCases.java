package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Measure types beyond sum and count, each over a fan-out join (orders joined to their items,
 * one to many, and to their customers, many to one), and Looker's post-query measures under a
 * sort and a row limit. Expected answers are plain SQL over the tables, without the joins that
 * repeat rows; post-query values are computed here from the plain-SQL rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MeasureTypeCases {
  private static final String MODEL = """
      connection: "lang"
      explore: orders {
        join: customers { sql_on: ${orders.customer_id} = ${customers.id} ;; relationship: many_to_one }
        join: items { sql_on: ${items.order_id} = ${orders.id} ;; relationship: one_to_many }
      }
      view: orders {
        sql_table_name: lk_orders ;;
        dimension: id { primary_key: yes type: number }
        dimension: customer_id { type: number }
        dimension: status {}
        dimension: amount { type: number }
        dimension_group: created { type: time sql: ${TABLE}.created ;; timeframes: [raw, date] }
        measure: count { type: count }
        measure: total_amount { type: sum sql: ${amount} ;; }
        measure: median_amount { type: median sql: ${amount} ;; }
        measure: p75_amount { type: percentile percentile: 75 sql: ${amount} ;; }
        measure: first_created { type: date sql: MIN(${created_raw}) ;; }
        measure: big { type: yesno sql: ${total_amount} > 500 ;; }
        measure: last_status { type: string sql: MAX(${TABLE}.status) ;; }
        measure: running_amount { type: running_total sql: ${total_amount} ;; }
        measure: share { type: percent_of_total sql: ${total_amount} ;; }
        measure: change { type: percent_of_previous sql: ${total_amount} ;; }
      }
      view: customers {
        sql_table_name: lk_customers ;;
        dimension: id { primary_key: yes type: number }
        dimension: region {}
        dimension: credit { type: number }
        measure: median_credit { type: median sql: ${credit} ;; }
        measure: total_credit { type: sum_distinct sql: ${credit} ;; sql_distinct_key: ${id} ;; }
        measure: average_credit { type: average_distinct sql: ${credit} ;; sql_distinct_key: ${id} ;; }
        measure: median_credit_distinct { type: median_distinct sql: ${credit} ;; sql_distinct_key: ${id} ;; }
        measure: p25_credit { type: percentile_distinct percentile: 25 sql: ${credit} ;; sql_distinct_key: ${id} ;; }
      }
      view: items {
        sql_table_name: lk_items ;;
        dimension: id { primary_key: yes type: number }
        dimension: order_id { type: number }
        dimension: qty { type: number }
        measure: total_qty { type: sum sql: ${qty} ;; }
        measure: ordered_amount { type: sum_distinct sql: ${orders.amount} ;; sql_distinct_key: ${orders.id} ;; }
      }
      """;
  private static final String[] STATUSES = {"complete", "pending", "returned", "shipped"};

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_items",
        "DROP TABLE IF EXISTS lk_orders", "DROP TABLE IF EXISTS lk_customers",
        "CREATE TABLE lk_customers (id INTEGER PRIMARY KEY, region VARCHAR(10), credit DECIMAL(10,2))",
        "CREATE TABLE lk_orders (id INTEGER PRIMARY KEY, customer_id INTEGER, status VARCHAR(10),"
            + " amount DECIMAL(10,2), created TIMESTAMP)",
        "CREATE TABLE lk_items (id INTEGER PRIMARY KEY, order_id INTEGER, qty INTEGER)"));
    for (int c = 1; c <= 7; c++) {
      setup.add("INSERT INTO lk_customers VALUES (" + c + ", '" + (c % 2 == 0 ? "north" : "south")
          + "', " + (c == 5 ? "NULL" : (c * 37 % 100) + ".25") + ")");
    }
    int item = 1;
    for (int o = 1; o <= 40; o++) {
      setup.add("INSERT INTO lk_orders VALUES (" + o + ", " + (o % 7 + 1) + ", '"
          + STATUSES[o * 7 % 13 % 4] + "', " + (o * 53 % 97) + "." + (o % 10) + "0, TIMESTAMP '2024-0"
          + (o % 9 + 1) + "-1" + (o % 9) + " 10:00:00')");
      for (int i = 0; i < o % 4; i++) {
        setup.add("INSERT INTO lk_items VALUES (" + item++ + ", " + o + ", " + (i + o % 3 + 1) + ")");
      }
    }
    db = new LookmlDatabase(jdbcUrl(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private JsonNode run(String fields, String extra) throws Exception {
    return db.run("{\"model\":\"lang\",\"view\":\"orders\",\"fields\":[" + fields + "]" + extra + "}");
  }

  /** Returns plain-SQL rows keyed by their first column, the other columns as numbers. */
  private Map<String, List<Double>> byKey(String sql) throws Exception {
    Map<String, List<Double>> out = new LinkedHashMap<>();
    for (List<Object> row : db.sql(sql)) {
      List<Double> values = new ArrayList<>();
      for (Object v : row.subList(1, row.size())) {
        values.add(v == null ? null : ((Number) v).doubleValue());
      }
      out.put(String.valueOf(row.get(0)), values);
    }
    return out;
  }

  private static void assertNumber(Double expected, JsonNode actual, String what) {
    if (expected == null) {
      assertTrue(actual.isNull(), what + ": " + actual);
      return;
    }
    assertEquals(expected, actual.asDouble(), 1e-6, what);
  }

  @Test void medianAndPercentileCountEachRowOnceOverAFanOut() throws Exception {
    JsonNode rows = run("\"customers.region\",\"orders.median_amount\",\"orders.p75_amount\","
        + "\"customers.median_credit\",\"items.total_qty\"", "");
    Map<String, List<Double>> expected = byKey("SELECT c.region,"
        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY o.amount),"
        + " PERCENTILE_CONT(0.75) WITHIN GROUP (ORDER BY o.amount)"
        + " FROM lk_orders o JOIN lk_customers c ON o.customer_id = c.id GROUP BY c.region");
    Map<String, List<Double>> credit = byKey("SELECT region, PERCENTILE_CONT(0.5) WITHIN GROUP"
        + " (ORDER BY credit) FROM lk_customers WHERE id IN (SELECT customer_id FROM lk_orders)"
        + " GROUP BY region");
    Map<String, List<Double>> qty = byKey("SELECT c.region, SUM(i.qty) FROM lk_items i"
        + " JOIN lk_orders o ON i.order_id = o.id JOIN lk_customers c ON o.customer_id = c.id GROUP BY c.region");
    assertEquals(expected.size(), rows.size());
    for (JsonNode row : rows) {
      String region = row.get("customers.region").asText();
      assertNumber(expected.get(region).get(0), row.get("orders.median_amount"), "median " + region);
      assertNumber(expected.get(region).get(1), row.get("orders.p75_amount"), "p75 " + region);
      assertNumber(credit.get(region).get(0), row.get("customers.median_credit"), "credit " + region);
      assertNumber(qty.get(region).get(0), row.get("items.total_qty"), "qty " + region);
    }
  }

  @Test void distinctMeasuresCountEachKeyOncePerGroup() throws Exception {
    JsonNode rows = run("\"orders.status\",\"customers.total_credit\",\"customers.average_credit\","
        + "\"customers.median_credit_distinct\",\"customers.p25_credit\",\"items.ordered_amount\","
        + "\"items.total_qty\"", "");
    String distinct = "(SELECT DISTINCT o.status, c.id, c.credit FROM lk_orders o"
        + " JOIN lk_customers c ON o.customer_id = c.id) d";
    Map<String, List<Double>> expected = byKey("SELECT status, COALESCE(SUM(credit), 0), AVG(credit),"
        + " PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY credit),"
        + " PERCENTILE_CONT(0.25) WITHIN GROUP (ORDER BY credit) FROM " + distinct + " GROUP BY status");
    Map<String, List<Double>> amounts = byKey("SELECT status, SUM(amount) FROM lk_orders GROUP BY status");
    assertEquals(expected.size(), rows.size());
    for (JsonNode row : rows) {
      String status = row.get("orders.status").asText();
      List<Double> e = expected.get(status);
      assertNumber(e.get(0), row.get("customers.total_credit"), "sum_distinct " + status);
      assertNumber(e.get(1), row.get("customers.average_credit"), "average_distinct " + status);
      assertNumber(e.get(2), row.get("customers.median_credit_distinct"), "median_distinct " + status);
      assertNumber(e.get(3), row.get("customers.p25_credit"), "percentile_distinct " + status);
      assertNumber(amounts.get(status).get(0), row.get("items.ordered_amount"), "keyed on orders.id " + status);
    }
  }

  @Test void stringDateAndYesNoMeasures() throws Exception {
    JsonNode rows = run("\"customers.region\",\"orders.first_created\",\"orders.big\","
        + "\"orders.last_status\"", "");
    Map<String, List<Object>> expected = new LinkedHashMap<>();
    for (List<Object> row : db.sql("SELECT c.region, MIN(o.created), SUM(o.amount), MAX(o.status)"
        + " FROM lk_orders o JOIN lk_customers c ON o.customer_id = c.id GROUP BY c.region")) {
      expected.put((String) row.get(0), row);
    }
    assertEquals(expected.size(), rows.size());
    for (JsonNode row : rows) {
      List<Object> e = expected.get(row.get("customers.region").asText());
      assertEquals(((LocalDateTime) e.get(1)).toLocalDate().toString(), row.get("orders.first_created").asText());
      assertEquals(((Number) e.get(2)).doubleValue() > 500 ? "Yes" : "No", row.get("orders.big").asText());
      assertEquals(e.get(3), row.get("orders.last_status").asText());
    }
  }

  @Test void postQueryMeasuresFollowTheSortAndTheLimit() throws Exception {
    JsonNode rows = run("\"orders.status\",\"orders.total_amount\",\"orders.running_amount\","
        + "\"orders.share\",\"orders.change\"", ",\"sorts\":[\"orders.total_amount desc\"],\"limit\":\"3\"");
    List<List<Object>> top = db.sql("SELECT status, SUM(amount) FROM lk_orders GROUP BY status"
        + " ORDER BY 2 DESC LIMIT 3");
    assertEquals(3, rows.size());
    double total = 0;
    for (List<Object> r : top) {
      total += ((Number) r.get(1)).doubleValue();
    }
    double running = 0;
    Double previous = null;
    for (int i = 0; i < 3; i++) {
      JsonNode row = rows.get(i);
      double amount = ((Number) top.get(i).get(1)).doubleValue();
      running += amount;
      assertEquals(top.get(i).get(0), row.get("orders.status").asText());
      assertNumber(running, row.get("orders.running_amount"), "running total, row " + i);
      assertNumber(100 * amount / total, row.get("orders.share"), "percent of total, row " + i);
      assertNumber(previous == null ? null : 100 * (amount - previous) / previous,
          row.get("orders.change"), "percent of previous, row " + i);
      previous = amount;
    }
  }

  @Test void postQueryMeasuresCanNeitherBeSortedNorFiltered() throws Exception {
    HttpResponse<String> sorted = db.post("/queries/run/json", "{\"model\":\"lang\",\"view\":\"orders\","
        + "\"fields\":[\"orders.status\",\"orders.share\"],\"sorts\":[\"orders.share\"]}");
    assertEquals(422, sorted.statusCode(), sorted.body());
    assertTrue(sorted.body().contains("computed after the query"), sorted.body());
    HttpResponse<String> filtered = db.post("/queries/run/json", "{\"model\":\"lang\",\"view\":\"orders\","
        + "\"fields\":[\"orders.status\",\"orders.share\"],\"filters\":{\"orders.share\":\">10\"}}");
    assertEquals(422, filtered.statusCode(), filtered.body());
  }
}

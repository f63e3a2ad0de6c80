package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * LookML idioms of real projects, on H2: the {@code sql_quote} Liquid filter, Liquid under
 * concurrent queries, a {@code "yes, no"} measure filter, a {@code full_outer} join shown but not
 * run, and an unqualified {@code {% parameter %}} naming the view's own parameter (or filter).
 * Expected answers are plain SQL over the tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LookmlIdiomTest {
  private static final String MODEL = """
      connection: "lang"
      explore: orders {
        join: refunds {
          type: full_outer
          relationship: one_to_one
          sql_on: ${orders.id} = ${refunds.order_id} ;;
        }
        join: customers {
          relationship: many_to_one
          sql_on: ${orders.customer} = ${customers.name} ;;
        }
      }
      explore: top_customer {}
      view: top_customer {
        derived_table: {
          explore_source: orders {
            column: who { field: orders.customer }
            column: n { field: orders.count_either }
            sort: { field: n desc: yes }
            limit: 1
          }
        }
        dimension: who {}
        dimension: n { type: number }
      }
      view: orders {
        sql_table_name: lk_i_orders ;;
        parameter: pick { type: string }
        dimension: id { primary_key: yes type: number }
        dimension: customer {}
        dimension: status {}
        dimension: is_picked { type: yesno sql: ${customer} = {% parameter pick %} ;; }
        dimension: is_complete { type: yesno sql: ${status} = 'complete' ;; }
        dimension: quoted { sql: {{ "it's" | sql_quote }} ;; }
        dimension: explore_name { sql: {{ _explore._name | sql_quote }} ;; }
        measure: count_either { type: count filters: [is_complete: "yes, no"] }
        measure: count_complete { type: count filters: [is_complete: "yes"] }
      }
      view: refunds {
        sql_table_name: lk_i_refunds ;;
        dimension: order_id { primary_key: yes type: number }
        dimension: amount { type: number }
      }
      view: customers {
        sql_table_name: lk_i_customers ;;
        parameter: pick { type: string }
        filter: name_filter { type: string }
        dimension: name { primary_key: yes }
        dimension: own_pick { sql: {% parameter pick %} ;; }
        dimension: filter_value { sql: {% parameter name_filter %} ;; }
      }
      """;

  private LookmlDatabase db;

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of(
        "CREATE TABLE lk_i_orders (id INTEGER PRIMARY KEY, customer VARCHAR(10), status VARCHAR(10))",
        "CREATE TABLE lk_i_refunds (order_id INTEGER PRIMARY KEY, amount INTEGER)",
        "CREATE TABLE lk_i_customers (name VARCHAR(10) PRIMARY KEY)",
        "INSERT INTO lk_i_customers VALUES ('ann'), ('bob'), ('cy')",
        "INSERT INTO lk_i_refunds VALUES (2, 5), (99, 7)"));
    String[] customers = {"ann", "bob", "cy"};
    String[] statuses = {"complete", "pending", null};
    for (int o = 1; o <= 12; o++) {
      String status = statuses[o % 3];
      setup.add("INSERT INTO lk_i_orders VALUES (" + o + ", '" + customers[o % 3 == 0 ? 0 : o % 2]
          + "', " + (status == null ? "NULL" : "'" + status + "'") + ")");
    }
    db = new LookmlDatabase(LookmlDatabase.h2(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private List<List<String>> run(String fields, String filters) throws Exception {
    return db.queryText("orders", fields, filters);
  }

  private List<List<String>> sql(String sql) throws Exception {
    return db.sqlText(sql);
  }

  @Test void sqlQuoteWritesAStringLiteral() throws Exception {
    assertEquals(sql("SELECT 'it''s', 'orders'"),
        run("\"orders.quoted\",\"orders.explore_name\"", null));
  }

  @Test void aYesNoFilterListMeansEitherValue() throws Exception {
    assertEquals(sql("SELECT COUNT(*), COUNT(CASE WHEN status = 'complete' THEN 1 END)"
            + " FROM lk_i_orders"),
        run("\"orders.count_either\",\"orders.count_complete\"", null));
  }

  @Test void aFullOuterJoinIsShownAsSqlButNotRunOnH2() throws Exception {
    String query = "{\"model\":\"lang\",\"view\":\"orders\",\"fields\":[\"orders.id\","
        + "\"refunds.amount\"]}";
    String sql = db.sqlOf(query);
    assertTrue(sql.contains("FULL OUTER JOIN lk_i_refunds AS refunds"), sql);
    HttpResponse<String> run = db.post("/queries/run/json", query);
    assertEquals(422, run.statusCode(), run.body());
    assertTrue(run.body().contains("full_outer join") && run.body().contains("FULL OUTER JOIN"),
        run.body());
  }

  @Test void anUnqualifiedParameterIsTheViewsOwn() throws Exception {
    assertEquals(sql("SELECT DISTINCT customer, 'bob' FROM lk_i_orders ORDER BY 1"),
        run("\"customers.name\",\"customers.own_pick\"",
            "\"orders.pick\":\"ann\",\"customers.pick\":\"bob\""));
    assertEquals(sql("SELECT id, CASE WHEN customer = 'ann' THEN 'Yes' ELSE 'No' END"
            + " FROM lk_i_orders ORDER BY 1"),
        run("\"orders.id\",\"orders.is_picked\"",
            "\"orders.pick\":\"ann\",\"customers.pick\":\"bob\""));
  }

  @Test void parameterTagTakesAFilterFieldsValue() throws Exception {
    assertEquals(sql("SELECT DISTINCT customer, 'c''s' FROM lk_i_orders ORDER BY 1"),
        run("\"customers.name\",\"customers.filter_value\"", "\"customers.name_filter\":\"c's\""));
  }

  @Test void concurrentQueriesRenderTheirOwnLiquid() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<List<String>>>> answers = new ArrayList<>();
      List<String> picks = new ArrayList<>();
      for (int i = 0; i < 48; i++) {
        String pick = List.of("ann", "bob", "cy").get(i % 3);
        picks.add(pick);
        answers.add(pool.submit(() -> run("\"customers.name\",\"customers.own_pick\"",
            "\"customers.pick\":\"" + pick + "\"")));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertEquals(sql("SELECT DISTINCT customer, '" + picks.get(i) + "' FROM lk_i_orders ORDER BY 1"),
            answers.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test void aNativeDerivedTableSortsByAColumnName() throws Exception {
    JsonNode rows = db.run("{\"model\":\"lang\",\"view\":\"top_customer\","
        + "\"fields\":[\"top_customer.who\",\"top_customer.n\"]}");
    List<List<String>> answer = new ArrayList<>();
    for (JsonNode row : rows) {
      List<String> values = new ArrayList<>();
      row.forEach(v -> values.add(v.asText()));
      answer.add(values);
    }
    assertEquals(sql("SELECT customer, COUNT(*) FROM lk_i_orders GROUP BY customer"
        + " ORDER BY 2 DESC LIMIT 1"), answer);
  }
}

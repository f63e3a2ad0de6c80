package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A native derived table compiled from another explore's query: its columns, its own filter, a
 * derived column, and a filter of the outer query passed on with bind_filters; expected answers
 * are plain SQL over the tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class NativeDerivedTableCases {
  private static final String MODEL = """
      connection: "lang"
      explore: orders {}
      explore: customer_facts {
        join: customers { sql_on: ${customer_facts.customer_id} = ${customers.id} ;; relationship: many_to_one }
      }
      view: orders {
        sql_table_name: lk_n_orders ;;
        dimension: id { primary_key: yes type: number }
        dimension: customer_id { type: number }
        dimension: status {}
        dimension: amount { type: number }
        measure: count { type: count }
        measure: total_amount { type: sum sql: ${amount} ;; }
      }
      view: customers {
        sql_table_name: lk_n_customers ;;
        dimension: id { primary_key: yes type: number }
        dimension: region {}
      }
      view: customer_facts {
        derived_table: {
          explore_source: orders {
            column: customer_id { field: orders.customer_id }
            column: lifetime { field: orders.total_amount }
            column: order_count { field: orders.count }
            derived_column: spend_rank { sql: RANK() OVER (ORDER BY lifetime DESC, customer_id) ;; }
            bind_filters: { from_field: customer_facts.status_filter to_field: orders.status }
            filters: [orders.amount: ">5"]
          }
        }
        filter: status_filter { type: string }
        dimension: customer_id { primary_key: yes type: number }
        dimension: lifetime { type: number }
        dimension: order_count { type: number }
        dimension: spend_rank { type: number }
        measure: total_lifetime { type: sum sql: ${lifetime} ;; }
      }
      """;

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_n_orders",
        "DROP TABLE IF EXISTS lk_n_customers",
        "CREATE TABLE lk_n_customers (id INTEGER PRIMARY KEY, region VARCHAR(10))",
        "CREATE TABLE lk_n_orders (id INTEGER PRIMARY KEY, customer_id INTEGER, status VARCHAR(10),"
            + " amount INTEGER)"));
    for (int c = 1; c <= 6; c++) {
      setup.add("INSERT INTO lk_n_customers VALUES (" + c + ", '" + (c % 2 == 0 ? "north" : "south") + "')");
    }
    for (int o = 1; o <= 40; o++) {
      setup.add("INSERT INTO lk_n_orders VALUES (" + o + ", " + (o % 6 + 1) + ", '"
          + (o % 3 == 0 ? "complete" : "pending") + "', " + (o * 13 % 30) + ")");
    }
    db = new LookmlDatabase(jdbcUrl(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private List<List<String>> run(String fields, String filters) throws Exception {
    return db.queryText("customer_facts", fields, filters);
  }

  private List<List<String>> sql(String sql) throws Exception {
    return db.sqlText(sql);
  }

  private static String facts(String where) {
    return "(SELECT customer_id, SUM(amount) AS lifetime, COUNT(*) AS order_count,"
        + " RANK() OVER (ORDER BY SUM(amount) DESC, customer_id) AS spend_rank FROM lk_n_orders"
        + " WHERE amount > 5" + where + " GROUP BY customer_id) f";
  }

  @Test void theColumnsAndDerivedColumnOfTheSourceQuery() throws Exception {
    assertEquals(sql("SELECT customer_id, lifetime, order_count, spend_rank FROM " + facts("")
            + " ORDER BY 1"),
        run("\"customer_facts.customer_id\",\"customer_facts.lifetime\","
            + "\"customer_facts.order_count\",\"customer_facts.spend_rank\"", null));
  }

  @Test void bindFiltersPassTheOuterFilterOn() throws Exception {
    assertEquals(sql("SELECT customer_id, lifetime, spend_rank FROM "
            + facts(" AND status = 'complete'") + " ORDER BY 1"),
        run("\"customer_facts.customer_id\",\"customer_facts.lifetime\",\"customer_facts.spend_rank\"",
            "\"customer_facts.status_filter\":\"complete\""));
  }

  @Test void aNativeDerivedTableJoinsAndAggregates() throws Exception {
    assertEquals(sql("SELECT c.region, SUM(f.lifetime) FROM " + facts("")
            + " LEFT JOIN lk_n_customers c ON f.customer_id = c.id GROUP BY c.region ORDER BY 1"),
        run("\"customers.region\",\"customer_facts.total_lifetime\"", null));
  }
}

package io.looksql.emulator.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What explores and joins add to every query's SQL: sql_always_where, sql_always_having,
 * always_join, required_joins, foreign_key, sql_where on a join, and the join types (inner,
 * cross, full_outer) with one_to_one and many_to_many relationships; expected answers are plain
 * SQL over the tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ExploreClauseCases {
  private static final String MODEL = """
      connection: "lang"
      explore: kept_orders {
        view_name: orders
        sql_always_where: ${orders.status} <> 'returned' ;;
        always_join: [customers]
        join: customers { type: inner relationship: many_to_one foreign_key: customer_id }
      }
      explore: busy_statuses {
        view_name: orders
        sql_always_having: ${orders.count} > 3 ;;
      }
      explore: big_items {
        view_name: orders
        join: items { relationship: one_to_many sql_on: ${items.order_id} = ${orders.id} ;; sql_where: ${items.qty} > 1 ;; }
        join: customers { relationship: many_to_one sql_on: ${orders.customer_id} = ${customers.id} ;; required_joins: [items] }
      }
      explore: pairs {
        view_name: customers
        join: other { from: customers type: cross relationship: many_to_many }
        join: twin { from: customers relationship: one_to_one sql_on: ${twin.id} = ${customers.id} ;; }
      }
      explore: everyone {
        view_name: customers
        join: orders { type: full_outer relationship: one_to_many sql_on: ${orders.customer_id} = ${customers.id} ;; }
      }
      view: orders {
        sql_table_name: lk_c_orders ;;
        dimension: id { primary_key: yes type: number }
        dimension: customer_id { type: number }
        dimension: status {}
        measure: count { type: count }
      }
      view: customers {
        sql_table_name: lk_c_customers ;;
        dimension: id { primary_key: yes type: number }
        dimension: region {}
        measure: count { type: count }
      }
      view: items {
        sql_table_name: lk_c_items ;;
        dimension: id { primary_key: yes type: number }
        dimension: order_id { type: number }
        dimension: qty { type: number }
        measure: total_qty { type: sum sql: ${qty} ;; }
      }
      """;
  private static final String[] STATUSES = {"complete", "pending", "returned", "shipped", "complete"};

  private LookmlDatabase db;

  /** Returns the JDBC URL of the database to run on. */
  abstract String jdbcUrl();

  @BeforeAll void start() throws Exception {
    List<String> setup = new ArrayList<>(List.of("DROP TABLE IF EXISTS lk_c_items",
        "DROP TABLE IF EXISTS lk_c_orders", "DROP TABLE IF EXISTS lk_c_customers",
        "CREATE TABLE lk_c_customers (id INTEGER PRIMARY KEY, region VARCHAR(10))",
        "CREATE TABLE lk_c_orders (id INTEGER PRIMARY KEY, customer_id INTEGER, status VARCHAR(10))",
        "CREATE TABLE lk_c_items (id INTEGER PRIMARY KEY, order_id INTEGER, qty INTEGER)"));
    for (int c = 1; c <= 5; c++) {
      setup.add("INSERT INTO lk_c_customers VALUES (" + c + ", '" + (c % 2 == 0 ? "north" : "south") + "')");
    }
    int item = 1;
    for (int o = 1; o <= 30; o++) {
      // Customer 6 does not exist, and customer 5 has no orders.
      setup.add("INSERT INTO lk_c_orders VALUES (" + o + ", " + (o % 5 == 0 ? 6 : o % 4 + 1) + ", '"
          + STATUSES[o % 7 % 5] + "')");
      for (int i = 0; i < o % 3; i++) {
        setup.add("INSERT INTO lk_c_items VALUES (" + item++ + ", " + o + ", " + (o + i) % 4 + ")");
      }
    }
    db = new LookmlDatabase(jdbcUrl(), setup, MODEL);
  }

  @AfterAll void stop() {
    db.close();
  }

  private List<List<String>> run(String explore, String fields) throws Exception {
    return db.queryText(explore, fields, null);
  }

  private List<List<String>> sql(String sql) throws Exception {
    return db.sqlText(sql);
  }

  @Test void sqlAlwaysWhereAndAnInnerForeignKeyJoinThatIsAlwaysIncluded() throws Exception {
    assertEquals(sql("SELECT o.status, COUNT(*) FROM lk_c_orders o JOIN lk_c_customers c"
            + " ON o.customer_id = c.id WHERE o.status <> 'returned' GROUP BY o.status ORDER BY 1"),
        run("kept_orders", "\"orders.status\",\"orders.count\""));
  }

  @Test void sqlAlwaysHavingFiltersTheGroups() throws Exception {
    assertEquals(sql("SELECT status FROM lk_c_orders GROUP BY status HAVING COUNT(*) > 3 ORDER BY 1"),
        run("busy_statuses", "\"orders.status\""));
  }

  @Test void requiredJoinsBringTheirSqlWhere() throws Exception {
    assertEquals(sql("SELECT c.region, COUNT(DISTINCT o.id) FROM lk_c_orders o"
            + " LEFT JOIN lk_c_items i ON i.order_id = o.id LEFT JOIN lk_c_customers c"
            + " ON o.customer_id = c.id WHERE i.qty > 1 GROUP BY c.region ORDER BY 1"),
        run("big_items", "\"customers.region\",\"orders.count\""));
    // Without a field of items or customers, no join and so no sql_where.
    assertEquals(sql("SELECT COUNT(*) FROM lk_c_orders"), run("big_items", "\"orders.count\""));
  }

  @Test void crossAndOneToOneJoins() throws Exception {
    assertEquals(sql("SELECT a.region, b.region, COUNT(DISTINCT a.id) FROM lk_c_customers a"
            + " CROSS JOIN lk_c_customers b GROUP BY a.region, b.region ORDER BY 1, 2"),
        run("pairs", "\"customers.region\",\"other.region\",\"customers.count\"").stream()
            .sorted((x, y) -> (x.get(0) + x.get(1)).compareTo(y.get(0) + y.get(1))).toList());
    assertEquals(sql("SELECT region, COUNT(*) FROM lk_c_customers GROUP BY region ORDER BY 1"),
        run("pairs", "\"twin.region\",\"customers.count\""));
  }

  @Test void fullOuterJoins() throws Exception {
    String query = "{\"model\":\"lang\",\"view\":\"everyone\",\"fields\":[\"customers.id\","
        + "\"orders.count\"],\"sorts\":[\"customers.id\"]}";
    if (db.postgres()) {
      assertEquals(sql("SELECT c.id, COUNT(o.id) FROM lk_c_customers c FULL OUTER JOIN lk_c_orders o"
              + " ON o.customer_id = c.id GROUP BY c.id ORDER BY 1"),
          run("everyone", "\"customers.id\",\"orders.count\""));
    } else {
      HttpResponse<String> refused = db.post("/queries/run/json", query);
      assertEquals(422, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("full_outer"), refused.body());
    }
  }
}

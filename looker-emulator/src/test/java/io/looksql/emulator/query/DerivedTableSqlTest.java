package io.looksql.emulator.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.lookml.LookmlFile;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tests how derived tables reach the SQL: named once in a {@code WITH} clause, as Looker writes
 * them, unless the name would hide a table; answers are checked against hand-written SQL.
 */
class DerivedTableSqlTest {
  /** Completed orders twice: once named like the table its SQL reads, once not. */
  private static final LookmlFile COMPLETED = new LookmlFile("completed.model.lkml", """
      connection: "ecommerce"

      view: orders {
        derived_table: { sql: SELECT * FROM orders WHERE status = 'Complete' ;; }
        dimension: order_id { primary_key: yes  type: number }
        measure: count { type: count }
      }

      view: completed_orders {
        derived_table: { sql: SELECT * FROM orders WHERE status = 'Complete' ;; }
        dimension: order_id { primary_key: yes  type: number }
        measure: count { type: count }
      }

      explore: orders {}
      explore: completed_orders {}
      """);
  private static final String COMPLETED_COUNT =
      "SELECT COUNT(*) FROM orders WHERE status = 'Complete'";
  private static final String FACTS = "(SELECT user_id, COUNT(DISTINCT order_id) AS n"
      + " FROM order_items GROUP BY user_id)";

  private static SampleQueries db;
  private static SampleQueries completed;

  @BeforeAll static void load() throws SQLException {
    db = new SampleQueries();
    completed = new SampleQueries(List.of(COMPLETED));
  }

  @AfterAll static void close() {
    db.close();
    completed.close();
  }

  @Test void derivedTableIsNamedOnceAtTheTop() throws SQLException {
    QueryBuilder query = QueryBuilder.on("order_items")
        .fields("user_order_facts.lifetime_orders", "users.average_age", "orders.count")
        .sorts("user_order_facts.lifetime_orders");
    String sql = db.compile(query).statement().sql();
    assertTrue(sql.startsWith("WITH user_order_facts AS (SELECT"), sql);
    assertTrue(sql.contains(" LEFT JOIN user_order_facts AS user_order_facts ON "), sql);
    assertFalse(sql.contains("JOIN (SELECT"), sql);
    // Average age over one row per user in each group (symmetric), orders counted once each.
    String plain = "SELECT a.n, a.age, b.orders FROM"
        + " (SELECT n, AVG(CAST(age AS DOUBLE PRECISION)) AS age"
        + "   FROM (SELECT DISTINCT f.n, u.id, u.age"
        + "   FROM order_items oi LEFT JOIN users u ON u.id = oi.user_id"
        + "   LEFT JOIN " + FACTS + " f ON f.user_id = oi.user_id) d GROUP BY n) a"
        + " JOIN (SELECT f.n, COUNT(DISTINCT o.order_id) AS orders FROM order_items oi"
        + "   LEFT JOIN orders o ON o.order_id = oi.order_id"
        + "   LEFT JOIN " + FACTS + " f ON f.user_id = oi.user_id GROUP BY f.n) b ON b.n = a.n"
        + " ORDER BY a.n";
    assertEquals(db.plain(plain), db.run(query));
  }

  @Test void joinUnderAnotherAliasReadsTheViewsName() throws SQLException {
    QueryBuilder query = QueryBuilder.on("customers")
        .fields("customer_facts.lifetime_orders", "customers.count")
        .sorts("customer_facts.lifetime_orders");
    String sql = db.compile(query).statement().sql();
    assertTrue(sql.startsWith("WITH user_order_facts AS (SELECT"), sql);
    assertTrue(sql.contains(" LEFT JOIN user_order_facts AS customer_facts ON "), sql);
    String plain = "SELECT f.n, COUNT(*) FROM users u LEFT JOIN " + FACTS + " f ON f.user_id = u.id"
        + " GROUP BY f.n ORDER BY f.n NULLS FIRST";
    assertEquals(db.plain(plain), db.run(query));
  }

  @Test void derivedBaseViewIsNamedToo() throws SQLException {
    QueryBuilder query = QueryBuilder.on("completed_orders").model("completed")
        .fields("completed_orders.count");
    String sql = completed.compile(query).statement().sql();
    assertTrue(sql.startsWith("WITH completed_orders AS (SELECT * FROM orders WHERE"), sql);
    assertTrue(sql.contains(" FROM completed_orders AS completed_orders"), sql);
    assertEquals(completed.plain(COMPLETED_COUNT), completed.run(query));
  }

  @Test void derivedTableNamedLikeATableItReadsStaysASubQuery() throws SQLException {
    QueryBuilder query = QueryBuilder.on("orders").model("completed").fields("orders.count");
    String sql = completed.compile(query).statement().sql();
    // As a WITH clause, "orders" would hide the table; H2 would even count every order.
    assertFalse(sql.startsWith("WITH"), sql);
    assertTrue(sql.contains(" FROM (SELECT * FROM orders WHERE status = 'Complete') AS orders"),
        sql);
    assertEquals(completed.plain(COMPLETED_COUNT), completed.run(query));
  }
}

package io.looksql.emulator.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tests the generated data at scale 0.01 and 0.1: sizes, determinism and consistency. */
class SampleDataTest {
  private static SampleDatabase tiny;
  private static SampleDatabase small;

  @BeforeAll static void load() throws Exception {
    tiny = SampleDatabase.loaded(0.01);
    small = SampleDatabase.loaded(0.1);
  }

  @AfterAll static void close() {
    tiny.close();
    small.close();
  }

  @Test void rowCountsAtScaleOneHundredth() throws Exception {
    assertEquals(100, tiny.count("users"));
    assertEquals(10, tiny.count("distribution_centers"));
    assertEquals(40, tiny.count("products"));
    assertBetween(300, 500, tiny.count("orders"));
    assertBetween(700, 1300, tiny.count("order_items"));
  }

  @Test void rowCountsAtScaleOneTenth() throws Exception {
    assertEquals(1_000, small.count("users"));
    assertEquals(10, small.count("distribution_centers"));
    assertEquals(150, small.count("products"));
    long orders = small.count("orders");
    long items = small.count("order_items");
    assertBetween(3_600, 4_400, orders);
    assertBetween(9_000, 11_000, items);
    // One inventory item per order item, plus about 20% unsold.
    assertBetween(Math.round(items * 1.15), Math.round(items * 1.25), small.count("inventory_items"));
    assertEquals(items, small.queryLong("SELECT SUM(num_of_item) FROM orders"));
  }

  @Test void sameScaleGivesSameRows() throws Exception {
    try (SampleDatabase again = SampleDatabase.loaded(0.1)) {
      assertEquals(small.checksum(), again.checksum());
      // Reloading replaces the tables rather than adding to them.
      SampleData.load(again.dataSource, again.dialect, 0.1);
      assertEquals(small.checksum(), again.checksum());
    }
    assertNotEquals(small.checksum(), tiny.checksum());
  }

  @Test void referencesResolve() throws Exception {
    for (SampleDatabase db : new SampleDatabase[] {tiny, small}) {
      assertNone(db, "SELECT COUNT(*) FROM order_items oi LEFT JOIN orders o ON oi.order_id = o.order_id"
          + " WHERE o.order_id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM order_items oi LEFT JOIN users u ON oi.user_id = u.id"
          + " WHERE u.id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM order_items oi LEFT JOIN products p ON oi.product_id = p.id"
          + " WHERE p.id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM order_items oi LEFT JOIN inventory_items ii"
          + " ON oi.inventory_item_id = ii.id WHERE ii.id IS NULL OR ii.product_id <> oi.product_id");
      assertNone(db, "SELECT COUNT(*) FROM order_items oi JOIN orders o ON oi.order_id = o.order_id"
          + " WHERE oi.user_id <> o.user_id OR oi.status <> o.status OR oi.created_at <> o.created_at");
      assertNone(db, "SELECT COUNT(*) FROM orders o LEFT JOIN users u ON o.user_id = u.id WHERE u.id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM inventory_items ii LEFT JOIN products p ON ii.product_id = p.id"
          + " WHERE p.id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM products p LEFT JOIN distribution_centers d"
          + " ON p.distribution_center_id = d.id WHERE d.id IS NULL");
      assertNone(db, "SELECT COUNT(*) FROM (SELECT inventory_item_id FROM order_items"
          + " GROUP BY inventory_item_id HAVING COUNT(*) > 1) t");
      assertNone(db, "SELECT COUNT(*) FROM orders o WHERE num_of_item <>"
          + " (SELECT COUNT(*) FROM order_items oi WHERE oi.order_id = o.order_id)");
    }
  }

  @Test void timestampsMatchStatus() throws Exception {
    assertNone(small, "SELECT COUNT(*) FROM orders WHERE"
        + " (status IN ('Processing', 'Cancelled') AND shipped_at IS NOT NULL)"
        + " OR (status IN ('Shipped', 'Complete', 'Returned') AND shipped_at IS NULL)"
        + " OR (status IN ('Complete', 'Returned')) <> (delivered_at IS NOT NULL)"
        + " OR (status = 'Returned') <> (returned_at IS NOT NULL)"
        + " OR shipped_at < created_at OR delivered_at < shipped_at OR returned_at < delivered_at");
    assertNone(small, "SELECT COUNT(*) FROM order_items oi JOIN inventory_items ii"
        + " ON oi.inventory_item_id = ii.id WHERE ii.created_at > oi.created_at"
        + " OR (oi.status = 'Cancelled') <> (ii.sold_at IS NULL)");
    assertNone(small, "SELECT COUNT(*) FROM orders o JOIN users u ON o.user_id = u.id"
        + " WHERE o.created_at < u.created_at");
    for (String status : new String[] {"Processing", "Shipped", "Complete", "Returned", "Cancelled"}) {
      assertTrue(small.queryLong("SELECT COUNT(*) FROM orders WHERE status = '" + status + "'") > 100, status);
    }
  }

  @Test void datesSpreadOverYearsAndHours() throws Exception {
    assertEquals(2019, small.queryLong("SELECT MIN(EXTRACT(YEAR FROM created_at)) FROM order_items"));
    assertEquals(2025, small.queryLong("SELECT MAX(EXTRACT(YEAR FROM returned_at)) FROM order_items"));
    assertEquals(7, small.queryLong("SELECT COUNT(DISTINCT EXTRACT(YEAR FROM created_at)) FROM orders"));
    assertEquals(24, small.queryLong("SELECT COUNT(DISTINCT EXTRACT(HOUR FROM created_at)) FROM orders"));
    assertNone(small, "SELECT COUNT(*) FROM inventory_items WHERE created_at < TIMESTAMP '2019-01-01 00:00:00'"
        + " OR created_at > TIMESTAMP '2025-12-31 23:59:59'");
  }

  @Test void trickyValuesArePresent() throws Exception {
    for (SampleDatabase db : new SampleDatabase[] {tiny, small}) {
      for (String brand : new String[] {"Smith, Jones & Co", "100% Organic", "Under_Score", "Caret^Top",
          "The \"Quoted\" Label", "O''Neill", "-Minus Apparel", "NULL", "EMPTY", ""}) {
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM products WHERE brand = '" + brand + "'"), brand);
      }
      assertTrue(db.queryLong("SELECT COUNT(*) FROM products WHERE brand IS NULL") >= 2);
      for (String fragment : new String[] {",", "%", "_", "^", "\"", "''", "\\"}) {
        assertTrue(db.queryLong("SELECT COUNT(*) FROM products WHERE POSITION('" + fragment + "' IN name) > 0") > 0,
            fragment);
      }
      assertTrue(db.queryLong("SELECT COUNT(*) FROM products WHERE name LIKE '-%'") > 0);
      assertTrue(db.queryLong("SELECT COUNT(*) FROM users WHERE first_name LIKE '% %'") > 0);
      // Tricky products sell too, so filters on them return rows through the explores.
      assertTrue(db.queryLong("SELECT COUNT(*) FROM order_items WHERE product_id <= 13") > 0);
    }
    assertTrue(small.queryLong("SELECT COUNT(*) FROM users WHERE age IS NULL") > 0);
    assertTrue(small.queryLong("SELECT COUNT(*) FROM users WHERE state IS NULL") > 0);
    assertTrue(small.queryLong("SELECT COUNT(*) FROM users WHERE zip LIKE '0%'") > 0);
  }

  @Test void rejectsBadScales() {
    assertThrows(IllegalArgumentException.class, () -> SampleData.load(tiny.dataSource, tiny.dialect, 0));
    assertThrows(IllegalArgumentException.class, () -> SampleData.load(tiny.dataSource, tiny.dialect, Double.NaN));
  }

  private static void assertNone(SampleDatabase db, String sql) throws Exception {
    assertEquals(0, db.queryLong(sql), sql);
  }

  private static void assertBetween(long min, long max, long actual) {
    assertTrue(actual >= min && actual <= max, actual + " not in [" + min + ", " + max + "]");
  }
}

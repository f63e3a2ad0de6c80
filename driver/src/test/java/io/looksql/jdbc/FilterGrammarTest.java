package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WHERE predicates written in the grammar of each field's Looker filter. Each answer is compared
 * with plain SQL on the emulator's database, and the filter sent with the one expected.
 */
class FilterGrammarTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  /** A DOUBLE literal is a number filter, not a filter_expression. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "> 25.32; \">25.32\"",
      "in (10.5, -3.25); \"-3.25, 10.5\"",
      "<> 1e-3; \"NOT 0.001, NOT NULL\"",
  })
  void doubles(String predicate, String filter) throws SQLException {
    String sql = "select `products.department`, aggregate(`products.count`) "
        + "from ecommerce.products where `products.cost` " + predicate
        + " group by `products.department`";
    String plan = assertFilter(sql, "\"products.cost\":" + filter);
    assertFalse(plan.contains("filter_expression"), plan);
    assertSameRows(sql, "select department, count(*) from products where cost " + predicate
        + " group by department");
  }

  private static String assertFilter(String sql, String expected) throws SQLException {
    String plan = String.join("\n", rows(connection, "explain plan for " + sql));
    assertTrue(plan.contains(expected), () -> expected + " not in " + plan);
    return plan;
  }

  private static void assertSameRows(String driverSql, String plainSql) throws SQLException {
    assertEquals(new TreeSet<>(plainRows(plainSql)), new TreeSet<>(rows(connection, driverSql)),
        driverSql);
  }
}

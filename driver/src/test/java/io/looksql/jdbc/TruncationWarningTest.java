package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A result that fills the connection's {@code rowLimit} (a limit the statement did not ask for)
 * fails the statement by default, and with {@code onTruncation=warn} is returned with an
 * {@code SQLWarning} on the statement (and its result set) that names the limit and the explore.
 */
class TruncationWarningTest {
  /** 16 categories, more than the row limit of the connections below. */
  private static final String ALL_CATEGORIES = "select `products.category`, "
      + "aggregate(`products.count`) from ecommerce.products group by `products.category`";
  private static final String EXPECTED = "The Looker query over explore ecommerce.products "
      + "returned 5 rows, its row limit, so the result may be incomplete";

  @Test void truncatedResultFailsByDefault() throws SQLException {
    assertTrue(plainRows("select distinct category from products").size() > 5);
    try (Connection c = DriverManager.getConnection(SharedLooker.url(";rowLimit=5"))) {
      SQLException e = assertThrows(SQLException.class, () -> rows(c, ALL_CATEGORIES));
      assertTrue(messages(e).contains(EXPECTED), messages(e));
    }
  }

  @Test void truncatedResultWarnsOnTheStatement() throws SQLException {
    try (Connection c = DriverManager.getConnection(
        SharedLooker.url(";rowLimit=5;onTruncation=warn"));
         Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery(ALL_CATEGORIES)) {
        assertEquals(5, rows(rs).size());
        assertEquals(String.valueOf(s.getWarnings()), String.valueOf(rs.getWarnings()));
      }
      SQLWarning w = s.getWarnings();
      assertTrue(w != null && w.getMessage().startsWith(EXPECTED), String.valueOf(w));
      assertEquals("01000", w.getSQLState());
      assertNull(w.getNextWarning());

      // Executing again starts afresh: 2 departments are fewer than the limit.
      assertEquals(2, rows(s.executeQuery("select `products.department` "
          + "from ecommerce.products")).size());
      assertNull(s.getWarnings());

      // A limit the statement asks for is no truncation.
      assertEquals(5, rows(s.executeQuery(ALL_CATEGORIES + " order by 1 limit 5")).size());
      assertNull(s.getWarnings());

      // clearWarnings clears them.
      rows(s.executeQuery(ALL_CATEGORIES));
      assertTrue(s.getWarnings() != null);
      s.clearWarnings();
      assertNull(s.getWarnings());
    }
  }

  /** A prepared statement's executions share one plan; each starts with no warnings. */
  @Test void preparedStatementWarnsPerExecution() throws SQLException {
    String sql = "select `products.category`, aggregate(`products.count`) from ecommerce.products "
        + "where `products.retail_price` >= ? group by `products.category`";
    assertTrue(plainRows("select distinct category from products where retail_price >= 0")
        .size() > 5);
    assertTrue(plainRows("select distinct category from products where retail_price >= 280")
        .size() < 5);
    try (Connection c = DriverManager.getConnection(
        SharedLooker.url(";rowLimit=5;onTruncation=warn"));
         PreparedStatement p = c.prepareStatement(sql)) {
      p.setInt(1, 0);
      assertEquals(5, rows(p.executeQuery()).size());
      assertTrue(p.getWarnings() != null && p.getWarnings().getMessage().startsWith(EXPECTED),
          String.valueOf(p.getWarnings()));
      p.setInt(1, 280);
      rows(p.executeQuery());
      assertNull(p.getWarnings());
    }
  }
}

package io.looksql.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The quick start's statements run (the refused one is refused), and its first one answers what
 * plain SQL answers.
 */
class QuickStartTest {
  private static LookerEmulator looker;
  private static Connection connection;

  @BeforeAll static void start() throws SQLException {
    looker = LookerEmulator.builder().scale(0.05).start();
    connection = DriverManager.getConnection(QuickStart.connectString(looker));
  }

  @AfterAll static void stop() throws SQLException {
    connection.close();
    looker.close();
  }

  @Test void everyExamplePrintsRowsAndItsLookerQuery() throws SQLException {
    for (QuickStart.Example example : QuickStart.EXAMPLES) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      QuickStart.run(connection, example, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String printed = bytes.toString(StandardCharsets.UTF_8);
      if (example.refusal()) {
        assertTrue(printed.contains("Refused (SQLState 0A000)"), printed);
        continue;
      }
      assertTrue(printed.contains("LookerQuery("), printed);
      assertTrue(!printed.contains("(0 rows)"), printed);
    }
  }

  @Test void revenueByCategoryMatchesPlainSql() throws SQLException {
    List<List<Object>> expected = rows(looker.dataSource().getConnection(),
        "SELECT p.category, SUM(oi.sale_price), COUNT(DISTINCT oi.order_id) FROM order_items oi"
            + " LEFT JOIN inventory_items ii ON oi.inventory_item_id = ii.id"
            + " LEFT JOIN products p ON ii.product_id = p.id"
            + " WHERE oi.status <> 'Cancelled' GROUP BY p.category ORDER BY 2 DESC LIMIT 5");
    assertEquals(expected, rows(connection, QuickStart.EXAMPLES.get(0).sql()));
  }

  private static List<List<Object>> rows(Connection c, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(List.of(rs.getString(1), new BigDecimal(rs.getString(2)).stripTrailingZeros(),
            rs.getLong(3)));
      }
    }
    return rows;
  }
}

package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code ?} parameters bound to NULL in predicates pushed into Looker filters: SQL reads a
 * comparison with NULL as unknown, which is decided on each execution of the one prepared plan.
 * Answers are checked against the same plain SQL with the same values on the emulator's database.
 */
class NullParameterTest {
  private static Connection connection;
  private static Connection database;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
    database = SharedLooker.emulator().dataSource().getConnection();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
    database.close();
  }

  /** One prepared statement, executed with a value, then NULL, then another value. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "select `products.brand`, aggregate(`products.count`) from ecommerce.products "
          + "where `products.brand` = ? group by `products.brand`;"
          + " select brand, count(*) from products where brand = ? group by brand",
      "select aggregate(`products.count`), aggregate(`products.total_cost`) "
          + "from ecommerce.products where `products.brand` = ?;"
          + " select count(*), coalesce(sum(cost), 0) from products where brand = ?",
      "select `products.department`, aggregate(`products.count`) from ecommerce.products "
          + "where `products.brand` in (?, 'Allegra K') group by `products.department`;"
          + " select department, count(*) from products where brand in (?, 'Allegra K') "
          + "group by department",
      "select `products.department`, aggregate(`products.count`) from ecommerce.products "
          + "where `products.brand` = ? or `products.category` = 'Jeans' "
          + "group by `products.department`;"
          + " select department, count(*) from products where brand = ? or category = 'Jeans' "
          + "group by department",
  })
  void valueThenNullThenValue(String driverSql, String plainSql) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement(driverSql);
         PreparedStatement h = database.prepareStatement(plainSql)) {
      for (String brand : Arrays.asList("Allegra K", null, "Calvin Klein")) {
        List<String> expected = rows(h, brand);
        RowAssert.assertSameRows(driverSql, expected, rows(p, brand),
            driverSql + " with " + brand);
        assertTrue(brand == null || !expected.isEmpty(), "nothing selected with " + brand);
      }
    }
  }

  /**
   * Without GROUP BY, Looker would apply "no row" together with a condition on several measures
   * (HAVING): that one shape is refused at execute time, naming the parameter.
   */
  @Test void noRowUnderMeasureExpressionIsRefused() throws SQLException {
    String sql = "select aggregate(`products.count`) from ecommerce.products "
        + "where `products.brand` = ? "
        + "having aggregate(`products.count`) > 1 or aggregate(`products.total_cost`) < 100";
    try (PreparedStatement p = connection.prepareStatement(sql);
         PreparedStatement h = database.prepareStatement("select count(*) from products "
             + "where brand = ? having count(*) > 1 or sum(cost) < 100")) {
      assertEquals(rows(h, "Allegra K"), rows(p, "Allegra K"));
      SQLException e = assertThrows(SQLException.class, () -> rows(p, null));
      assertEquals("22004", e.getSQLState(), messages(e));
      assertTrue(messages(e).contains("Parameter 1 is NULL"), messages(e));
      assertEquals(rows(h, "Calvin Klein"), rows(p, "Calvin Klein"));
    }
  }

  private static List<String> rows(PreparedStatement p, String value) throws SQLException {
    if (value == null) {
      p.setNull(1, Types.VARCHAR);
    } else {
      p.setString(1, value);
    }
    try (ResultSet rs = p.executeQuery()) {
      return SharedLooker.rows(rs);
    }
  }
}

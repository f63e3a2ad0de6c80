package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SQL through the driver against the emulator; every expected answer is the same question asked
 * in plain SQL on the emulator's database.
 */
class LookerDriverTest {
  private static Connection connection;

  @BeforeAll static void start() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void stop() throws SQLException {
    connection.close();
  }

  @Test void measureGroupedByDimensionWithFilter() throws SQLException {
    assertSameRows(
        "select `products.brand`, aggregate(`products.count`) from ecommerce.products "
            + "where `products.category` = 'Jeans' group by `products.brand`",
        "select brand, count(*) from products where category = 'Jeans' group by brand");
  }

  @Test void measureIsASynonymOfAggregate() throws SQLException {
    assertSameRows(
        "select `products.category`, measure(`products.total_retail_price`) "
            + "from ecommerce.products group by `products.category`",
        "select category, sum(retail_price) from products group by category");
  }

  @Test void nakedMeasureMeansAggregate() throws SQLException {
    assertSameRows(
        "select `products.category`, `products.total_retail_price` from ecommerce.products "
            + "group by `products.category`",
        "select category, sum(retail_price) from products group by category");
  }

  /**
   * A naked measure sorted on (by alias, ordinal or MEASURE) is the measure: one Looker query
   * with its sort and limit, in the order asked for.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "select `products.brand` as b, `products.total_retail_price` as t from ecommerce.products "
          + "where `products.category` = 'Jeans' group by 1 order by t desc, b limit 5",
      "select `products.brand` as b, `products.total_retail_price` as t from ecommerce.products "
          + "where `products.category` = 'Jeans' group by `products.brand` order by 2 desc, 1 "
          + "limit 5",
      "select `products.brand` as b, measure(`products.total_retail_price`) as t "
          + "from ecommerce.products where `products.category` = 'Jeans' "
          + "group by `products.brand` order by t desc, b limit 5",
  })
  void nakedMeasureCanBeSorted(String sql) throws SQLException {
    String plan = String.join("\n", rows("explain plan for " + sql));
    assertTrue(plan.contains("\"sorts\":[\"products.total_retail_price desc\",\"products.brand\"]"),
        plan);
    assertTrue(plan.contains("\"limit\":\"5\""), plan);
    assertEquals(rows("select brand, sum(retail_price) as t from products "
        + "where category = 'Jeans' group by brand order by t desc, brand limit 5", true),
        rows(sql));
  }

  @Test void nonAggregateSelectReturnsDistinctDimensions() throws SQLException {
    assertSameRows("select `products.department` from ecommerce.products",
        "select distinct department from products");
  }

  @Test void inListAndLikeAreFilters() throws SQLException {
    assertSameRows(
        "select `products.category`, aggregate(`products.count`) from ecommerce.products "
            + "where `products.department` in ('Men', 'Women') and `products.category` like 'J%' "
            + "group by `products.category`",
        "select category, count(*) from products where department in ('Men', 'Women') "
            + "and category like 'J%' group by category");
  }

  @Test void parameterIsBoundAtExecuteTime() throws SQLException {
    String sql = "select aggregate(`products.count`) from ecommerce.products "
        + "where `products.category` = ?";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (String category : List.of("Jeans", "Dresses")) {
        p.setString(1, category);
        assertEquals(rows("select count(*) from products where category = '" + category + "'", true),
            rows(p.executeQuery()));
      }
    }
  }

  /** Values with filter-grammar characters match literally, as literals and as parameters. */
  @Test void awkwardValuesAreEscaped() throws SQLException {
    List<String> names = rows("select name from products where name like '%,%' or name like '%^%%' "
        + "escape '^' or name like '-%' or name like '%\"%' or name like '%^_%' escape '^' "
        + "or upper(name) in ('NULL', 'EMPTY') order by name limit 20", true);
    assertTrue(names.size() >= 3, names.toString());
    String sql = "select `products.name`, aggregate(`products.count`) from ecommerce.products "
        + "where `products.name` = ? group by `products.name`";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (String row : names) {
        String name = row.substring(0, row.length() - 1);
        p.setString(1, name);
        assertEquals(rows("select name, count(*) from products where name = '"
            + name.replace("'", "''") + "' group by name", true), rows(p.executeQuery()), name);
        assertSameRows("select `products.name`, aggregate(`products.count`) "
                + "from ecommerce.products where `products.name` = '" + name.replace("'", "''")
                + "' group by `products.name`",
            "select name, count(*) from products where name = '" + name.replace("'", "''")
                + "' group by name");
      }
    }
  }

  /** A number compared with a DOUBLE column is an approximate literal; it is still a filter. */
  @Test void numberFilterOnDoubleColumnIsPushed() throws SQLException {
    String sql = "select `products.category`, aggregate(`products.count`) from ecommerce.products "
        + "where `products.retail_price` > 200 and `products.retail_price` <= 250.5 "
        + "group by `products.category`";
    String plan = String.join("\n", rows("explain plan for " + sql));
    assertTrue(plan.contains("\"filters\":{\"products.retail_price\":\">200 AND <=250.5\"}"), plan);
    assertSameRows(sql, "select category, count(*) from products "
        + "where retail_price > 200 and retail_price <= 250.5 group by category");
  }

  /** One-column results under OFFSET (a Calcite Limit), UNION and EXCEPT are values, not rows. */
  @Test void oneColumnResultsAreValues() throws SQLException {
    assertEquals(rows("select distinct category from products order by category "
            + "offset 2 rows fetch next 3 rows only", true),
        rows("select `products.category` from ecommerce.products order by `products.category` "
            + "offset 2 rows fetch next 3 rows only"));
    assertSameRows("select `products.department` from ecommerce.products union "
            + "select `users.gender` from ecommerce.users",
        "select department from products union select gender from users");
    assertSameRows("select `products.category` from ecommerce.products except "
            + "select `products.category` from ecommerce.products "
            + "where `products.department` = 'Men'",
        "select category from products except select category from products "
            + "where department = 'Men'");
  }

  @Test void explainShowsTheLookerQuery() throws SQLException {
    List<String> plan = rows("explain plan for select `products.brand`, "
        + "aggregate(`products.count`) as n from ecommerce.products "
        + "where `products.category` = 'a,b' group by `products.brand` order by n desc limit 3");
    String text = String.join("\n", plan);
    assertTrue(text.contains("\"fields\":[\"products.brand\",\"products.count\"]"), text);
    assertTrue(text.contains("\"filters\":{\"products.category\":\"a^,b\"}"), text);
    assertTrue(text.contains("\"sorts\":[\"products.count desc\"]"), text);
    assertTrue(text.contains("\"limit\":\"3\""), text);
  }

  @Test void countOverGroupedRowsIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> rows(
        "select `products.category`, count(*) over () from ecommerce.products"));
    assertTrue(messages(e).contains("COUNT(*) OVER (…) can't be computed from Looker's grouped rows"),
        messages(e));
  }

  /**
   * SUM over the explore's rows of a many_to_one view's dimension is not Looker's custom sum,
   * which adds up the view's distinct rows (symmetric aggregates): refused, never answered so.
   * The same sum over the base view's dimension is pushed.
   */
  @Test void sumOfJoinedViewDimensionIsNotTheSymmetricSum() throws SQLException {
    SQLException e = assertThrows(SQLException.class, () -> rows(
        "select `order_items.status`, sum(`products.retail_price`) from ecommerce.order_items "
            + "group by `order_items.status`"));
    assertTrue(messages(e).contains("SUM(`products.retail_price`) can't be computed"),
        messages(e));
    assertSameRows("select `order_items.status`, sum(`order_items.sale_price`) "
            + "from ecommerce.order_items group by `order_items.status`",
        "select status, sum(sale_price) from order_items group by status");
  }

  @Test void reaggregatingAnAverageIsRefused() {
    SQLException e = assertThrows(SQLException.class, () -> rows(
        "select sum(`products.average_retail_price`) from ecommerce.products"));
    assertTrue(messages(e).contains("write AGGREGATE(`products.average_retail_price`)"),
        messages(e));
  }

  @Test void outerSqlOverAMeasureValueIsOrdinarySql() throws SQLException {
    assertSameRows(
        "select sum(n) from (select `products.brand`, aggregate(`products.count`) as n "
            + "from ecommerce.products group by `products.brand`)",
        "select count(*) from products");
  }

  private static void assertSameRows(String driverSql, String plainSql) throws SQLException {
    RowAssert.assertSameRows(driverSql, rows(plainSql, true), rows(driverSql));
  }

  private static List<String> rows(String sql) throws SQLException {
    return SharedLooker.rows(connection, sql);
  }

  private static List<String> rows(String sql, boolean plain) throws SQLException {
    return SharedLooker.plainRows(sql);
  }

  private static List<String> rows(ResultSet rs) throws SQLException {
    return SharedLooker.rows(rs);
  }

  private static String messages(Throwable t) {
    return SharedLooker.messages(t);
  }
}

package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Predicates and GROUP BY keys beyond Looker's filter grammar: sent as {@code filter_expression}
 * and custom dimensions where Looker's expression language can say them, otherwise rolled up in
 * Calcite where that is exact, otherwise refused. Answers are checked against plain SQL.
 */
class PushDownTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // filter_expression: OR across fields, functions of columns, columns compared
      "where `products.category` = 'Jeans' or `products.brand` = 'Calvin Klein';"
          + " where category = 'Jeans' or brand = 'Calvin Klein'",
      "where `products.retail_price` - `products.cost` > 50; where retail_price - cost > 50",
      "where `products.cost` * 3 < `products.retail_price` or `products.brand` is null;"
          + " where cost * 3 < retail_price or brand is null",
      "where not (`products.category` like '%Jean%' or `products.department` = 'Men');"
          + " where not (category like '%Jean%' or department = 'Men')",
      "where `products.is_premium` or `products.cost` / `products.retail_price` > 0.6;"
          + " where retail_price >= 100 or cost / retail_price > 0.6",
      // rolled up: the filter stays in Calcite, Looker groups by the dimensions it uses
      "where upper(`products.brand`) = 'ALLEGRA K'; where upper(brand) = 'ALLEGRA K'",
      "where char_length(`products.name`) > 40 and `products.department` = 'Women';"
          + " where char_length(name) > 40 and department = 'Women'",
  })
  void filters(String driverWhere, String plainWhere) throws SQLException {
    assertSameRows("select `products.department`, aggregate(`products.count`), "
            + "sum(`products.cost`), count(distinct `products.brand`), max(`products.name`) "
            + "from ecommerce.products " + driverWhere + " group by `products.department`",
        "select department, count(*), sum(cost), count(distinct brand), max(name) "
            + "from products " + plainWhere + " group by department");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      // custom dimensions: even averages and distinct counts stay exact
      "case when `products.retail_price` >= 100 then 'premium' else 'standard' end;"
          + " case when retail_price >= 100 then 'premium' else 'standard' end",
      "`products.cost` * 2 + 1; cost * 2 + 1",
      "`products.brand` is null or `products.category` = 'Jeans';"
          + " brand is null or category = 'Jeans'",
      "coalesce(`products.brand`, `products.category`); coalesce(brand, category)",
  })
  void customDimensions(String driverKey, String plainKey) throws SQLException {
    assertSameRows("select " + driverKey + " as k, aggregate(`products.average_retail_price`), "
            + "count(distinct `products.brand`), count(*) from ecommerce.products group by k",
        "select " + plainKey + " as k, avg(retail_price), count(distinct brand), count(*) "
            + "from products group by k");
  }

  /** The CASE is one Looker custom dimension, its string values escaped in the expression. */
  @Test void customDimensionIsSentToLooker() throws SQLException {
    String sql = "select case when `products.retail_price` >= 100 then 'a\"b' else 'c\\d' end "
        + "as k, aggregate(`products.count`) from ecommerce.products group by k";
    String plan = String.join("\n", rows(connection, "explain plan for " + sql));
    assertTrue(plan.contains("\"fields\":[\"looksql_dimension_0\",\"products.count\"]"), plan);
    assertTrue(plan.contains("\\\"dimension\\\":\\\"looksql_dimension_0\\\""), plan);
    RowAssert.assertSameRows(sql, plainRows("select case when retail_price >= 100 then 'a\"b' "
        + "else 'c\\d' end as k, count(*) from products group by k"), rows(connection, sql));
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "upper(`products.category`); upper(category)",
      "substring(`products.brand`, 1, 1); substring(brand, 1, 1)",
  })
  void rolledUpKeys(String driverKey, String plainKey) throws SQLException {
    assertSameRows("select " + driverKey + " as k, aggregate(`products.count`), "
            + "aggregate(`products.total_cost`), aggregate(`products.max_retail_price`), "
            + "count(*), count(`products.brand`), sum(`products.cost`), min(`products.name`), "
            + "count(distinct `products.brand`) from ecommerce.products group by " + driverKey,
        "select " + plainKey + " as k, count(*), sum(cost), max(retail_price), count(*), "
            + "count(brand), sum(cost), min(name), count(distinct brand) from products "
            + "group by " + plainKey);
  }

  @Test void havingExpressionOnMeasures() throws SQLException {
    assertSameRows("select `products.brand`, aggregate(`products.count`) as n "
            + "from ecommerce.products group by `products.brand` "
            + "having aggregate(`products.count`) > 60 or aggregate(`products.total_cost`) < 100",
        "select brand, count(*) from products group by brand "
            + "having count(*) > 60 or sum(cost) < 100");
  }

  /** Values that are special in Looker's expression language match literally, also as ?. */
  @Test void awkwardValuesInExpressions() throws SQLException {
    List<String> names = plainRows("select name from products where name like '%\"%' "
        + "or name like '%\\%' or name like '%''%' or name like '%$%' order by name limit 10");
    assertTrue(names.size() >= 2, names.toString());
    String sql = "select `products.name`, aggregate(`products.count`) from ecommerce.products "
        + "where `products.name` = ? or `products.brand` = 'no such brand' group by `products.name`";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      for (String row : names) {
        String name = row.substring(0, row.length() - 1);
        p.setString(1, name);
        assertEquals(plainRows("select name, count(*) from products where name = '"
            + name.replace("'", "''") + "' group by name"), SharedLooker.rows(p.executeQuery()),
            name);
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "select upper(`products.category`), aggregate(`products.average_retail_price`) "
          + "from ecommerce.products group by upper(`products.category`);"
          + " is not additive",
      "select upper(`products.category`), avg(`products.cost`) from ecommerce.products "
          + "group by upper(`products.category`); write SUM(`products.cost`) / COUNT(`products.cost`)",
      "select `products.department`, aggregate(`products.brand_count`) from ecommerce.products "
          + "where upper(`products.name`) like '%JEAN%' group by `products.department`;"
          + " is not additive",
      "select upper(`order_items.status`), aggregate(`orders.count`) from ecommerce.orders "
          + "group by upper(`order_items.status`); the query's joins repeat rows of orders",
  })
  void refused(String sql, String message) {
    SQLException e = assertThrows(SQLException.class, () -> rows(connection, sql));
    assertTrue(messages(e).contains(message), messages(e));
  }

  /** The valid siblings of the refusals. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "select upper(`products.category`), sum(`products.cost`) / count(`products.cost`) "
          + "from ecommerce.products group by upper(`products.category`);"
          + " select upper(category), sum(cost) / count(cost) from products group by upper(category)",
      "select `order_items.status`, aggregate(`orders.count`) from ecommerce.orders "
          + "group by `order_items.status`; select oi.status, count(distinct o.order_id) "
          + "from orders o join order_items oi on o.order_id = oi.order_id group by oi.status",
      "select upper(`orders.status`), aggregate(`orders.count`) from ecommerce.orders "
          + "group by upper(`orders.status`); select upper(status), count(*) from orders "
          + "group by upper(status)",
  })
  void answered(String driverSql, String plainSql) throws SQLException {
    assertSameRows(driverSql, plainSql);
  }

  private static void assertSameRows(String driverSql, String plainSql) throws SQLException {
    RowAssert.assertSameRows(driverSql, plainRows(plainSql), rows(connection, driverSql));
  }
}

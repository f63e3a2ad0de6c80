package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Aggregates over dimensions, pushed as Looker custom measures ({@code dynamic_fields}), end to
 * end: each answer equals the same aggregate in plain SQL on the emulator's database.
 */
class CustomMeasureTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "count(*); count(*)",
      "count(`products.brand`); count(brand)",
      "count(distinct `products.brand`); count(distinct brand)",
      "sum(`products.retail_price`); sum(retail_price)",
      "avg(`products.retail_price`); avg(retail_price)",
      "min(`products.retail_price`); min(retail_price)",
      "max(`products.retail_price`); max(retail_price)",
      "min(`products.name`); min(name)",
      "max(`products.brand`); max(brand)",
  })
  void perGroup(String driverAggregate, String plainAggregate) throws SQLException {
    assertSameRows("select `products.category`, " + driverAggregate + " from ecommerce.products "
            + "group by `products.category`",
        "select category, " + plainAggregate + " from products group by category");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "count(*); count(*)",
      "count(`products.brand`); count(brand)",
      "count(distinct `products.brand`); count(distinct brand)",
      "sum(`products.cost`); sum(cost)",
      "avg(`products.cost`); avg(cost)",
      "min(`products.cost`); min(cost)",
      "max(`products.cost`); max(cost)",
  })
  void wholeTableWithFilter(String driverAggregate, String plainAggregate) throws SQLException {
    assertSameRows("select " + driverAggregate + " from ecommerce.products "
            + "where `products.department` = 'Women'",
        "select " + plainAggregate + " from products where department = 'Women'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "count(*); count(*)",
      "sum(`order_items.sale_price`); sum(oi.sale_price)",
      "avg(`order_items.sale_price`); avg(oi.sale_price)",
      "count(distinct `order_items.order_id`); count(distinct oi.order_id)",
      "count(`order_items.shipped_date`); count(oi.shipped_at)",
  })
  void acrossJoins(String driverAggregate, String plainAggregate) throws SQLException {
    assertSameRows("select `products.department`, " + driverAggregate
            + " from ecommerce.order_items group by `products.department`",
        "select p.department, " + plainAggregate + " from order_items oi "
            + "left join inventory_items ii on oi.inventory_item_id = ii.id "
            + "left join products p on ii.product_id = p.id group by p.department");
  }

  /** With a measure alongside, an ORDER BY and a LIMIT: still one Looker query. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "sum(`products.retail_price`) as s, aggregate(`products.count`) as n;"
          + " sum(retail_price) as s, count(*) as n",
      "count(*) as n, max(`products.cost`) as m; count(*) as n, max(cost) as m",
  })
  void withMeasuresSortAndLimit(String driverAggregates, String plainAggregates)
      throws SQLException {
    assertEquals(
        plainRows("select brand, " + plainAggregates + " from products where brand is not null "
            + "group by brand order by n desc, brand limit 5"),
        rows(connection, "select `products.brand`, " + driverAggregates
            + " from ecommerce.products where `products.brand` is not null "
            + "group by `products.brand` order by n desc, `products.brand` limit 5"));
  }

  /** An aggregate without GROUP BY is one row even when no row matches, as in SQL. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "count(*); count(*)",
      "count(`products.brand`), sum(`products.cost`); count(brand), sum(cost)",
      "aggregate(`products.count`); count(*)",
  })
  void noMatchingRowIsOneRow(String driverAggregates, String plainAggregates)
      throws SQLException {
    List<String> expected = plainRows("select " + plainAggregates
        + " from products where category = 'no such category'");
    assertEquals(1, expected.size());
    assertEquals(expected, rows(connection, "select " + driverAggregates
        + " from ecommerce.products where `products.category` = 'no such category'"));
  }

  private static void assertSameRows(String driverSql, String plainSql) throws SQLException {
    List<String> expected = plainRows(plainSql);
    RowAssert.assertSameRows(driverSql, expected, rows(connection, driverSql));
  }
}

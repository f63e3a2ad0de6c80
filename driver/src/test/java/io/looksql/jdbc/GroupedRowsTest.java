package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Aggregates and windows over Looker's grouped rows: refused where they would count or add up
 * groups, answered where duplicates can't change the answer or the rows are groups the SQL asked
 * for.
 */
class GroupedRowsTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "select `products.brand`, count(*) over () from ecommerce.products",
      "select `products.category`, count(*) over (partition by `products.category`) "
          + "from ecommerce.products",
      "select `products.category`, sum(`products.cost`) over (partition by `products.category`) "
          + "from ecommerce.products",
      "select `products.brand`, row_number() over (order by `products.brand`) from ecommerce.products",
      "select `products.brand`, min(`products.cost`) over (order by `products.brand` rows 2 preceding) "
          + "from ecommerce.products",
      "select count(*) from ecommerce.products p join ecommerce.order_items o "
          + "on p.`products.id` = o.`products.id`",
      "select sum(p.`products.cost`) from ecommerce.products p "
          + "join (values ('Jeans')) v(c) on p.`products.category` = v.c",
  })
  void refused(String sql) {
    SQLException e = assertThrows(SQLException.class, () -> rows(connection, sql));
    assertTrue(messages(e).contains("can't be computed from Looker's grouped rows"), messages(e));
  }

  /** The message names what the user wrote, not Calcite's internal $SUM0 that AVG becomes. */
  @Test void averageOverGroupedRowsIsNamed() {
    SQLException e = assertThrows(SQLException.class, () -> rows(connection,
        "select avg(p.`products.cost`) from ecommerce.products p "
            + "join (values ('Jeans')) v(c) on p.`products.category` = v.c"));
    assertTrue(messages(e).contains("SUM(`products.cost`) (or an AVG, which is computed from it) "
        + "can't be computed from Looker's grouped rows"), messages(e));
  }

  /** An expression the user did not name is named by the fields it reads, never as $f0. */
  @Test void unnamedExpressionIsNamedByItsFields() {
    SQLException e = assertThrows(SQLException.class, () -> rows(connection,
        "select sum(p.`products.cost` * 2) from ecommerce.products p "
            + "join (values ('Jeans')) v(c) on p.`products.category` = v.c"));
    assertTrue(messages(e).contains("SUM(an expression of `products.cost`) can't be computed "
        + "from Looker's grouped rows"), messages(e));
  }

  /** A window beside a measure selected without GROUP BY: the message says why, truly. */
  @Test void measureBesideAWindowIsNamed() {
    SQLException e = assertThrows(SQLException.class, () -> rows(connection,
        "select `products.brand`, `products.count`, count(*) over () from ecommerce.products"));
    assertTrue(messages(e).contains("Measure `products.count` is selected without GROUP BY"),
        messages(e));
  }

  /** A limited sub-query of dimensions returns its distinct rows; COUNT(*) counts them. */
  @Test void countOfALimitedSubQueryCountsItsRows() throws SQLException {
    assertEquals(List.of("10|"), rows(connection,
        "select count(*) from (select `products.brand` from ecommerce.products limit 10)"));
  }

  /** The valid sibling of each refusal: the same question asked so that Looker counts. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "select `products.brand`, sum(n) over () from (select `products.brand`, count(*) as n "
          + "from ecommerce.products group by `products.brand`);"
          + " select brand, sum(n) over () from (select brand, count(*) n from products group by brand)",
      "select count(*) from ecommerce.products; select count(*) from products",
      "select `products.category`, sum(s) over (partition by `products.category`) from "
          + "(select `products.category`, `products.brand`, sum(`products.cost`) as s "
          + "from ecommerce.products group by `products.category`, `products.brand`);"
          + " select category, sum(s) over (partition by category) from (select category, brand,"
          + " sum(cost) s from products group by category, brand)",
      "select count(*) from (select `products.brand` from ecommerce.products "
          + "group by `products.brand`); select count(distinct coalesce(brand, '~')) from products",
      "select count(distinct `products.brand`) from (select `products.brand`, `products.category` "
          + "from ecommerce.products); select count(distinct brand) from products",
      "select `products.brand`, dense_rank() over (order by `products.brand`) "
          + "from ecommerce.products; select distinct brand, dense_rank() over (order by brand "
          + "nulls first) from products",
      "select `products.category`, min(`products.cost`) over (partition by `products.category`), "
          + "max(`products.brand`) over (partition by `products.category`) "
          // A non-aggregate SELECT returns the distinct rows it selects.
          + "from ecommerce.products; select distinct category, min(cost) over (partition by"
          + " category), max(brand) over (partition by category) from products",
      "select count(*) from (select `products.brand` from ecommerce.products);"
          + " select count(*) from (select distinct brand from products) t",
      "select upper(`products.category`), count(*) from (select `products.category`, "
          + "`products.brand` from ecommerce.products limit 1000) group by upper(`products.category`);"
          + " select upper(category), count(*) from (select distinct category, brand from products)"
          + " t group by upper(category)",
      "select sum(`products.cost`) from (select `products.brand`, `products.cost` "
          + "from ecommerce.products order by 1, 2 limit 100);"
          + " select sum(cost) from (select distinct brand, cost from products "
          + "order by brand nulls first, cost nulls first limit 100) t",
      "select max(c) from (select `products.category` as c from ecommerce.products);"
          + " select max(category) from products",
  })
  void answered(String driverSql, String plainSql) throws SQLException {
    RowAssert.assertSameRows(driverSql, plainRows(plainSql), rows(connection, driverSql));
  }
}

package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.plainRows;
import static io.looksql.jdbc.SharedLooker.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * WHERE predicates written in the grammar of each field's Looker filter: a year timeframe in the
 * date grammar, DOUBLE literals in the number grammar, and several predicates on one field merged
 * into one filter (or, where no grammar says them, into {@code filter_expression}), contradictions
 * included. Each answer is compared with plain SQL on the emulator's database, and the filter sent
 * with the one expected.
 */
class FilterGrammarTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  /** Year timeframes: Looker filters them with the date grammar, as the set of years allowed. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "= 2022; = 2022; \"2022\"",
      "<> 2022; <> 2022; \"before 2022/01/01, after 2023/01/01\"",
      ">= 2021 and `orders.created_year` < 2023; >= 2021 and year(created_at) < 2023;"
          + " \"2021/01/01 to 2023/01/01\"",
      "between 2021 and 2022; between 2021 and 2022; \"2021/01/01 to 2023/01/01\"",
      "> 2022; > 2022; \"after 2023/01/01\"",
      "<= 2021; <= 2021; \"before 2022/01/01\"",
      "in (2020, 2022); in (2020, 2022); \"2020, 2022\"",
      "not in (2021, 2022); not in (2021, 2022); \"before 2021/01/01, after 2023/01/01\"",
      "is not null; is not null; \"not null\"",
      "is null; is null; \"null\"",
      // contradictions: an empty range, as Looker (and SQL) answer them
      ">= 2022 and `orders.created_year` < 2022; >= 2022 and year(created_at) < 2022;"
          + " \"2000/01/01 to 2000/01/01\"",
  })
  void years(String driverPredicate, String plainPredicate, String filter) throws SQLException {
    String sql = "select `orders.status`, aggregate(`orders.count`) from ecommerce.orders "
        + "where `orders.created_year` " + driverPredicate + " group by `orders.status`";
    assertFilter(sql, "\"orders.created_year\":" + filter);
    assertSameRows(sql, "select status, count(*) from orders where year(created_at) "
        + plainPredicate + " group by status");
  }

  /** A year bound as a {@code ?} parameter is written when the statement runs. */
  @ParameterizedTest
  @CsvSource({"2021", "2023", "1999"})
  void yearParameter(int year) throws SQLException {
    String sql = "select aggregate(`orders.count`) from ecommerce.orders "
        + "where `orders.created_year` <> ? and `orders.created_year` >= 2020";
    try (PreparedStatement p = connection.prepareStatement(sql)) {
      p.setInt(1, year);
      assertEquals(plainRows("select count(*) from orders where year(created_at) <> " + year
          + " and year(created_at) >= 2020"), rows(p.executeQuery()));
    }
  }

  /** Several predicates on one field, contradictions included: one filter where one can say it. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "`products.brand` = 'Allegra K' and `products.brand` = 'Calvin Klein';"
          + " brand = 'Allegra K' and brand = 'Calvin Klein'; filter_expression",
      "`products.brand` is null and `products.brand` = 'Allegra K';"
          + " brand is null and brand = 'Allegra K'; filter_expression",
      "`products.brand` in ('Allegra K', 'Calvin Klein') and `products.brand` <> 'Allegra K';"
          + " brand in ('Allegra K', 'Calvin Klein') and brand <> 'Allegra K';"
          + " \"products.brand\":\"Calvin^ Klein\"",
      "(`products.id` = 3 or `products.id` = 5) and `products.id` = 5;"
          + " (id = 3 or id = 5) and id = 5; \"products.id\":\"5\"",
      "`products.id` in (3, 5, 9) and `products.id` >= 5; id in (3, 5, 9) and id >= 5;"
          + " \"products.id\":\"5, 9\"",
      "`products.retail_price` >= 50.5 and `products.retail_price` < 50.5;"
          + " retail_price >= 50.5 and retail_price < 50.5;"
          + " \"products.retail_price\":\">=50.5 AND <50.5\"",
      "`products.retail_price` > 20.25 and `products.retail_price` > 30.5;"
          + " retail_price > 20.25 and retail_price > 30.5; \"products.retail_price\":\">30.5\"",
  })
  void sameField(String driverWhere, String plainWhere, String sent) throws SQLException {
    String sql = "select `products.department`, aggregate(`products.count`), "
        + "count(distinct `products.brand`) from ecommerce.products where " + driverWhere
        + " group by `products.department`";
    assertFilter(sql, sent);
    assertSameRows(sql, "select department, count(*), count(distinct brand) from products "
        + "where " + plainWhere + " group by department");
  }

  /** Without GROUP BY, an aggregate over a contradiction still has its one row. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "`products.brand` = 'Allegra K' and `products.brand` = 'Calvin Klein'",
      "`products.cost` >= 10 and `products.cost` < 10",
      "`products.id` > 5 and `products.id` < 5",
      "1 = 0",
      "false",
  })
  void contradictionWithoutGroupBy(String where) throws SQLException {
    String sql = "select aggregate(`products.count`), aggregate(`products.total_cost`) "
        + "from ecommerce.products where " + where;
    assertEquals(plainRows("select count(*), coalesce(sum(cost), 0) from products where 1 = 0"),
        rows(connection, sql));
  }

  /** Day dates: {@code <>}, NOT IN and contradictions are said in the date grammar too. */
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "<> date '2023-05-01'; <> date '2023-05-01'; \"before 2023/05/01, after 2023/05/02\"",
      "not in (date '2023-05-01', date '2023-05-03');"
          + " not in (date '2023-05-01', date '2023-05-03');"
          + " \"before 2023/05/01, 2023/05/02, after 2023/05/04\"",
      "= date '2023-05-01' and `orders.created_date` > date '2023-05-01';"
          + " = date '2023-05-01' and cast(created_at as date) > date '2023-05-01';"
          + " \"2000/01/01 to 2000/01/01\"",
  })
  void dates(String driverPredicate, String plainPredicate, String filter) throws SQLException {
    String sql = "select `orders.status`, aggregate(`orders.count`) from ecommerce.orders "
        + "where `orders.created_date` " + driverPredicate + " group by `orders.status`";
    assertFilter(sql, "\"orders.created_date\":" + filter);
    assertSameRows(sql, "select status, count(*) from orders where cast(created_at as date) "
        + plainPredicate + " group by status");
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
    RowAssert.assertSameRows(driverSql, plainRows(plainSql), rows(connection, driverSql));
  }
}

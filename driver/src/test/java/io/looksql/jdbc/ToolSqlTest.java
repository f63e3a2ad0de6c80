package io.looksql.jdbc;

import static io.looksql.jdbc.SharedLooker.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SQL in the shapes BI and SQL tools generate (written as they emit it: double quotes, reserved
 * words as aliases, JDBC escapes, their dialects' functions, a trailing semicolon), each answer
 * checked against the same question in plain SQL on the emulator's database, as multisets of
 * rows (both sides sorted).
 */
class ToolSqlTest {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = SharedLooker.connect();
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        Arguments.of("Tableau: SUM(1), quoted names, table alias",
            "SELECT \"products\".\"products.category\" AS \"category\", SUM(1) AS \"cnt:ok\" "
                + "FROM \"ecommerce\".\"products\" \"products\" GROUP BY 1",
            "select category, count(*) from products group by category"),
        Arguments.of("Tableau: COUNT(1) and a yesno literal as Looker shows it",
            "SELECT COUNT(1) AS \"cnt\" FROM \"ecommerce\".\"products\" "
                + "WHERE (\"products\".\"products.is_premium\" = 'Yes')",
            "select count(*) from products where retail_price >= 100"),
        Arguments.of("Tableau: existence probe",
            "SELECT 1 AS \"one\" FROM \"ecommerce\".\"products\" \"products\" LIMIT 1",
            "select 1 from products limit 1"),
        Arguments.of("Metabase: fully qualified quoted columns, reserved alias count",
            "SELECT \"ecommerce\".\"products\".\"products.department\" AS "
                + "\"products.department\", count(*) AS \"count\" FROM \"ecommerce\".\"products\" "
                + "GROUP BY \"ecommerce\".\"products\".\"products.department\" "
                + "ORDER BY \"ecommerce\".\"products\".\"products.department\" ASC LIMIT 2000",
            "select department, count(*) from products group by department"),
        Arguments.of("Superset: reserved words as bare aliases, trailing semicolon",
            "SELECT `products.category` AS value, COUNT(*) AS count, "
                + "MAX(`products.retail_price`) AS year FROM ecommerce.products "
                + "GROUP BY `products.category` ORDER BY count DESC LIMIT 10000;  ",
            "select category, count(*), max(retail_price) from products group by category"),
        Arguments.of("Power BI: IFNULL over a dimension",
            "select IFNULL(\"_\".\"products.brand\", '(none)') as \"c0\", count(1) as \"a0\" "
                + "from \"ecommerce\".\"products\" as \"_\" group by 1",
            "select coalesce(brand, '(none)'), count(*) from products "
                + "group by coalesce(brand, '(none)')"),
        Arguments.of("MySQL dialect: CONCAT of several arguments",
            "SELECT CONCAT(`products.category`, ' / ', `products.department`) AS c "
                + "FROM ecommerce.products",
            "select category || ' / ' || department from "
                + "(select distinct category, department from products)"),
        Arguments.of("PostgreSQL dialect: DATE_TRUNC('month', d)",
            "SELECT DATE_TRUNC('month', \"orders.created_date\") AS m, COUNT(*) AS n "
                + "FROM ecommerce.orders GROUP BY 1",
            "select cast(date_trunc('MONTH', created_at) as date), count(*) from orders "
                + "group by cast(date_trunc('MONTH', created_at) as date)"),
        Arguments.of("BigQuery dialect: DATE_TRUNC(d, MONTH)",
            "SELECT DATE_TRUNC(`orders.created_date`, MONTH) AS m, COUNT(*) AS n "
                + "FROM ecommerce.orders GROUP BY 1",
            "select cast(date_trunc('MONTH', created_at) as date), count(*) from orders "
                + "group by cast(date_trunc('MONTH', created_at) as date)"),
        Arguments.of("MySQL dialect: DATE_FORMAT",
            "SELECT DATE_FORMAT(`orders.created_date`, '%Y-%m') AS ym, COUNT(*) AS n "
                + "FROM ecommerce.orders GROUP BY 1",
            "select formatdatetime(created_at, 'yyyy-MM'), count(*) from orders "
                + "group by formatdatetime(created_at, 'yyyy-MM')"),
        Arguments.of("PostgreSQL dialect: ILIKE",
            "SELECT \"products.brand\" FROM ecommerce.products WHERE \"products.brand\" ILIKE 'c%'",
            "select distinct brand from products where lower(brand) like 'c%'"),
        Arguments.of("PostgreSQL dialect: NOT ILIKE",
            "SELECT \"products.category\" FROM ecommerce.products "
                + "WHERE \"products.category\" NOT ILIKE '%JEANS%'",
            "select distinct category from products where lower(category) not like '%jeans%'"),
        Arguments.of("JDBC escapes: {fn}, lower-case name",
            "SELECT \"products.category\", {fn length(\"products.category\")} AS c "
                + "FROM ecommerce.products",
            "select category, length(category) from (select distinct category from products)"),
        Arguments.of("JDBC escapes: {escape}",
            "SELECT `products.brand` FROM ecommerce.products "
                + "WHERE `products.brand` LIKE 'Cal!%%' {escape '!'} OR `products.brand` LIKE 'C%'",
            "select distinct brand from products where brand like 'C%'"),
        Arguments.of("JDBC escapes: {oj} and {d}",
            "SELECT a.c, b.n FROM {oj (SELECT \"products.category\" AS c FROM ecommerce.products) a "
                + "LEFT OUTER JOIN (SELECT \"products.category\" AS c, COUNT(*) AS n "
                + "FROM ecommerce.products WHERE \"products.is_premium\" = 'Yes' GROUP BY 1) b "
                + "ON a.c = b.c} WHERE {d '2024-01-01'} < CURRENT_DATE",
            "select a.c, b.n from (select distinct category c from products) a left join "
                + "(select category c, count(*) n from products where retail_price >= 100 "
                + "group by category) b on a.c = b.c"),
        Arguments.of("DBeaver: a yesno literal 'No' and double-quoted schema",
            "SELECT \"products.is_premium\", COUNT(*) FROM \"ecommerce\".products "
                + "WHERE \"products.is_premium\" = 'No' GROUP BY 1",
            "select false, count(*) from products where retail_price < 100"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void sameRowsAsPlainSql(String tool, String sql, String plain) throws SQLException {
    List<String> expected = sorted(SharedLooker.plainRows(plain));
    assertFalse(expected.isEmpty(), "the plain SQL must have rows to compare");
    assertEquals(expected, sorted(SharedLooker.rows(connection, sql)), sql);
  }

  @Test void existenceProbeOfNoRowsIsEmpty() throws SQLException {
    assertEquals(List.of(), SharedLooker.rows(connection,
        "SELECT 1 FROM ecommerce.products WHERE `products.category` = 'no such category' "
            + "LIMIT 1"));
  }

  @Test void yesNoLiteralThatIsNoBooleanIsRefusedNamingIt() {
    SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(connection,
        "select count(*) from ecommerce.products where `products.is_premium` = 'maybe'"));
    assertTrue(e.getMessage().contains("'maybe'") && e.getMessage().contains("column"),
        e.getMessage());
    assertTrue(e.getSQLState() != null, messages(e));
  }

  /** Answered (main sorts at the selected grain) or refused in the user's words: never M2V. */
  @Test void orderByANakedMeasureWithoutGroupByNeverShowsInternalNames() {
    try {
      SharedLooker.rows(connection, "select `products.brand` from ecommerce.products "
          + "order by `products.count` limit 3");
    } catch (SQLException e) {
      assertEquals("0A000", e.getSQLState(), messages(e));
      assertTrue(e.getMessage().contains("`products.count`"), e.getMessage());
      assertFalse(e.getMessage().contains("M2V"), e.getMessage());
    }
  }

  private static List<String> sorted(List<String> rows) {
    List<String> out = new ArrayList<>(rows);
    Collections.sort(out);
    return out;
  }
}

package io.looksql.emulator.query;

import static io.looksql.emulator.query.QueryBuilder.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code filter_expression} compiled and run on the sample data, each answer checked against the
 * same question asked in hand-written SQL.
 */
class FilterExpressionTest {
  private static SampleQueries db;

  @BeforeAll
  static void load() throws SQLException {
    db = new SampleQueries();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  /** Returns the ids of users a filter expression selects, and checks them against plain SQL. */
  private static List<List<String>> userIds(String expression, String where) throws SQLException {
    List<List<String>> rows = db.run(on("users").fields("users.id").filterExpression(expression).sorts("users.id"));
    assertEquals(db.plain("SELECT id FROM users WHERE " + where + " ORDER BY id"), rows, expression);
    return rows;
  }

  /** Same as {@link #userIds} on products' ids. */
  private static List<List<String>> productIds(String expression, String where) throws SQLException {
    List<List<String>> rows = db.run(on("products").fields("products.id").filterExpression(expression)
        .sorts("products.id"));
    assertEquals(db.plain("SELECT id FROM products WHERE " + where + " ORDER BY id"), rows, expression);
    return rows;
  }

  @Test
  void orAcrossTwoFields() throws SQLException {
    List<List<String>> rows = db.run(on("users").fields("users.gender", "users.count")
        .filterExpression("${users.state} = \"California\" OR ${users.age} > 60").sorts("users.gender"));
    assertEquals(db.plain("SELECT gender, COUNT(*) FROM users WHERE state = 'California' OR age > 60"
        + " GROUP BY gender ORDER BY gender"), rows);
    assertFalse(rows.isEmpty());
    assertFalse(userIds("${users.state} = \"California\" OR ${users.age} > 60",
        "state = 'California' OR age > 60").isEmpty());
  }

  @Test
  void notAndParentheses() throws SQLException {
    assertFalse(userIds("NOT (${users.gender} = \"F\" OR ${users.age} < 30) AND NOT is_null(${users.age})",
        "NOT (gender = 'F' OR age < 30) AND age IS NOT NULL").isEmpty());
  }

  @Test
  void arithmeticComparisons() throws SQLException {
    List<List<String>> rows = db.run(on("orders").fields("orders.num_of_item", "orders.count")
        .filterExpression("${orders.num_of_item} * 10 - 5 >= 15 AND ${orders.num_of_item} / 2 < 2")
        .sorts("orders.num_of_item"));
    assertEquals(db.plain("SELECT num_of_item, COUNT(*) FROM orders WHERE num_of_item * 10 - 5 >= 15"
        + " AND num_of_item < 4 GROUP BY num_of_item ORDER BY num_of_item"), rows);
    assertEquals(2, rows.size());
    assertFalse(productIds("${products.retail_price} - ${products.cost} > ${products.cost} * 0.75 AND -${products.cost} < -5",
        "retail_price - cost > cost * 0.75 AND -cost < -5").isEmpty());
  }

  @Test
  void divisionByZeroIsNull() throws SQLException {
    assertEquals(db.plain("SELECT id FROM users ORDER BY id"),
        userIds("is_null(${users.age} / 0)", "1 = 1"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "contains(${products.name}, \"%\")|LOCATE('%', name) > 0",
      "contains(${products.brand}, \"_\")|LOCATE('_', brand) > 0",
      "contains(${products.name}, \"%_C\")|LOCATE('%_C', name) > 0",
      "starts_with(${products.name}, \"Back\\\\\")|LEFT(name, 5) = 'Back\\'",
      "contains(${products.name}, \"\\\\S\")|LOCATE('\\S', name) > 0",
      "ends_with(${products.brand}, \"'Neill\")|RIGHT(brand, 6) = '''Neill'",
      "contains(${products.name}, \"\\\"Slim\\\"\")|LOCATE('\"Slim\"', name) > 0",
      "starts_with(${products.brand}, \"100%\")|LEFT(brand, 4) = '100%'",
      "NOT contains(${products.brand}, \"o\")|NOT (LOCATE('o', brand) > 0)",
  })
  void likeFunctionsMatchLiterally(String expression, String where) throws SQLException {
    assertFalse(productIds(expression, where).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // Were the escape character or the wildcards left unescaped, these would match rows.
      "starts_with(${products.brand}, \"100!%\")|LEFT(brand, 5) = '100!%'",
      "contains(${products.name}, \"0_ W\")|LOCATE('0_ W', name) > 0",
      "ends_with(${products.name}, \"%\")|RIGHT(name, 1) = '%'",
      // Injection attempts are values like any other.
      "${products.name} = \"x' OR '1'='1\"|name = 'x'' OR ''1''=''1'",
      "${products.brand} = \"\\\"; DROP TABLE products; --\"|brand = '\"; DROP TABLE products; --'",
      "contains(${products.brand}, \"') OR 1=1 OR ('\")|LOCATE(''') OR 1=1 OR (''', brand) > 0",
  })
  void likeAndEqualityMatchNothingElse(String expression, String where) throws SQLException {
    assertTrue(productIds(expression, where).isEmpty());
  }

  @Test
  void likeWithANeedleFromAField() throws SQLException {
    // An empty brand is contained in every name, as in LOCATE.
    assertFalse(productIds("contains(${products.name}, ${products.brand})",
        "LOCATE(brand, name) > 0 OR brand = ''").isEmpty());
  }

  @Test
  void stringsWithQuotesMatchExactly() throws SQLException {
    assertEquals(2, productIds("${products.brand} = \"O'Neill\" OR ${products.brand} = \"The \\\"Quoted\\\" Label\"",
        "brand = 'O''Neill' OR brand = 'The \"Quoted\" Label'").size());
  }

  @Test
  void isNullAndNullComparisons() throws SQLException {
    assertFalse(userIds("is_null(${users.state})", "state IS NULL").isEmpty());
    assertFalse(userIds("${users.age} = null OR ${users.state} != null", "age IS NULL OR state IS NOT NULL").isEmpty());
  }

  @Test
  void ifAndCoalesce() throws SQLException {
    assertFalse(userIds("coalesce(${users.state}, \"none\") = \"none\"", "state IS NULL").isEmpty());
    assertFalse(userIds("if(${users.age} > 50, ${users.gender} = \"F\", ${users.gender} = \"M\")",
        "CASE WHEN age > 50 THEN gender = 'F' ELSE gender = 'M' END").isEmpty());
    assertFalse(userIds("coalesce(${users.age}, 0) + 1 <= 31", "COALESCE(age, 0) + 1 <= 31").isEmpty());
  }

  @Test
  void yesNoFieldsReadNullAsNo() throws SQLException {
    List<List<String>> rows = db.run(on("orders").fields("orders.status", "orders.count")
        .filterExpression("${orders.is_delivered} = no OR NOT ${users.is_international}").sorts("orders.status"));
    assertEquals(db.plain("SELECT o.status, COUNT(*) FROM orders o JOIN users u ON o.user_id = u.id"
        + " WHERE o.delivered_at IS NULL OR NOT COALESCE(u.country <> 'United States', FALSE)"
        + " GROUP BY o.status ORDER BY o.status"), rows);
    assertFalse(rows.isEmpty());
  }

  @Test
  void datesAndTimes() throws SQLException {
    List<List<String>> rows = db.run(on("orders").fields("orders.created_month", "orders.count")
        .filterExpression("${orders.created_date} >= date(2024, 1, 1) AND ${orders.created_time} < date_time(2024, 3, 1, 12, 0, 0)")
        .sorts("orders.created_month"));
    assertEquals(db.plain("SELECT m, COUNT(*) FROM (SELECT CAST(DATE_TRUNC('MONTH', created_at) AS DATE) AS m"
        + " FROM orders WHERE created_at >= TIMESTAMP '2024-01-01 00:00:00'"
        + " AND created_at < TIMESTAMP '2024-03-01 12:00:00') GROUP BY m ORDER BY m"), rows);
    assertEquals(3, rows.size());
    assertEquals(db.plain("SELECT COUNT(*) FROM orders WHERE created_at > TIMESTAMP '2025-06-15 12:00:00'"),
        db.run(on("orders").fields("orders.count").filterExpression("${orders.created_raw} > now()")));
  }

  @Test
  void combinedWithFiltersByAnd() throws SQLException {
    List<List<String>> rows = db.run(on("users").fields("users.state", "users.count")
        .filter("users.gender", "F").filterExpression("${users.age} < 30 OR ${users.state} = \"Texas\"")
        .sorts("users.state"));
    assertEquals(db.plain("SELECT state, COUNT(*) FROM users WHERE gender = 'F' AND (age < 30 OR state = 'Texas')"
        + " GROUP BY state ORDER BY state"), rows);
    assertFalse(rows.isEmpty());
  }

  @Test
  void onMeasuresFiltersAggregatedRows() throws SQLException {
    List<List<String>> rows = db.run(on("users").fields("users.state", "users.count")
        .filterExpression("${users.count} >= 10 AND ${users.average_age} < 45").sorts("users.state"));
    List<List<String>> expected = db.plain("SELECT state, COUNT(*) FROM users GROUP BY state"
        + " HAVING COUNT(*) >= 10 AND AVG(CAST(age AS DOUBLE PRECISION)) < 45 ORDER BY state");
    assertEquals(expected, rows);
    assertFalse(rows.isEmpty());
    assertNotEquals(db.plain("SELECT state, COUNT(*) FROM users GROUP BY state ORDER BY state"), rows);
  }

  @Test
  void onMeasuresUnderFanOut() throws SQLException {
    // Joining orders repeats users; the measures in the expression must still be per distinct user.
    List<List<String>> rows = db.run(on("users").fields("users.state", "users.average_age", "orders.count")
        .filterExpression("${users.average_age} > 40 OR ${users.total_age} > 1000").sorts("users.state"));
    List<List<String>> expected = db.plain("SELECT u.state, AVG(CAST(u.age AS DOUBLE PRECISION)),"
        + " SUM((SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id)) FROM users u GROUP BY u.state"
        + " HAVING AVG(CAST(u.age AS DOUBLE PRECISION)) > 40 OR SUM(u.age) > 1000 ORDER BY u.state");
    assertEquals(expected, rows);
    assertFalse(rows.isEmpty());
  }

  @Test
  void literalsNeverReachTheSqlText() {
    CompiledQuery q = db.compile(on("users").fields("users.id")
        .filterExpression("${users.state} = \"California\" OR ${users.age} > 60 OR contains(${users.city}, \"ork\")"));
    assertFalse(q.statement().sql().contains("California"), q.statement().sql());
    assertFalse(q.statement().sql().contains("60"), q.statement().sql());
    assertFalse(q.statement().sql().contains("ork"), q.statement().sql());
    assertEquals(List.of("California", 60L, "%ork%"), q.statement().params());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "${users.age} >|Expected a value but found the end of the expression at position 14",
      "${users.age} > 1 AND AND|Expected a value but found \"AND\" at position 21",
      "contains(${users.city, \"x\")|Unterminated field reference at position 9",
      "contains(${users.city, \"}\")|Invalid field reference \"${users.city, \"}\"; write ${view.field} at position 9",
      "${users.nope} = 1|Unknown field ${users.nope} at position 0",
      "${users.age} + 1|The expression must be a yes/no condition, not a number at position 0",
      "${users.age} = \"30\"|Operator = needs values of one type, not a number and a string at position 13",
  })
  void invalidExpressionsAnswer422(String expression, String problem) {
    QueryException e = assertThrows(QueryException.class,
        () -> db.compile(on("users").fields("users.id").filterExpression(expression)));
    assertEquals(422, e.status());
    assertEquals("filter_expression", e.field());
    assertEquals("invalid", e.code());
    assertEquals("Invalid filter_expression \"" + expression + "\": " + problem, e.getMessage());
  }

  @Test
  void fieldsTheExploreHidesAreUnknown() {
    QueryException e = assertThrows(QueryException.class, () -> db.compile(on("orders").fields("orders.count")
        .filterExpression("${users.email} = \"a@b.c\"")));
    assertEquals("Invalid filter_expression \"${users.email} = \"a@b.c\"\": Unknown field ${users.email} at position 0",
        e.getMessage());
  }

  @Test
  void dimensionsAndMeasuresDontMix() {
    QueryException e = assertThrows(QueryException.class, () -> db.compile(on("users").fields("users.state")
        .filterExpression("${users.count} > 5 AND ${users.age} > 20")));
    assertEquals(422, e.status());
    assertEquals("filter_expression", e.field());
    assertEquals("Invalid filter_expression \"${users.count} > 5 AND ${users.age} > 20\": it refers to"
        + " dimension ${users.age} and to measure ${users.count}; an expression filters either rows"
        + " (dimensions only) or aggregated rows (measures only), so split it or filter the dimension"
        + " in 'filters'", e.getMessage());
  }
}

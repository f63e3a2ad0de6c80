package io.looksql.emulator.query;

import static io.looksql.emulator.query.QueryBuilder.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Custom dimensions ({@code dynamic_fields} with an {@code expression}) selected, grouped,
 * filtered and sorted on the sample data, each answer checked against hand-written SQL.
 */
class CustomDimensionTest {
  private static final String AGE_BAND = "{\"dimension\": \"age_band\", \"label\": \"Age Band\","
      + " \"expression\": \"if(${users.age} < 30, \\\"under 30\\\", if(${users.age} < 50, \\\"30 to 49\\\","
      + " \\\"50 and over\\\"))\"}";
  private static final String AGE_BAND_SQL =
      "CASE WHEN age < 30 THEN 'under 30' WHEN age < 50 THEN '30 to 49' ELSE '50 and over' END";

  private static SampleQueries db;

  @BeforeAll
  static void load() throws SQLException {
    db = new SampleQueries();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static String fields(String... json) {
    return "[" + String.join(", ", json) + "]";
  }

  private static String dimension(String name, String expression) {
    return "{\"dimension\": \"" + name + "\", \"expression\": \""
        + expression.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
  }

  @Test
  void groupedWithMeasures() throws SQLException {
    List<List<String>> rows = db.run(on("users").dynamicFields(fields(AGE_BAND))
        .fields("age_band", "users.count", "users.average_age").sorts("age_band"));
    assertEquals(db.plain("SELECT band, COUNT(*), AVG(CAST(age AS DOUBLE PRECISION)) FROM (SELECT "
        + AGE_BAND_SQL + " AS band, age FROM users) GROUP BY band ORDER BY band"), rows);
    assertEquals(3, rows.size());
  }

  @Test
  void groupedWithoutParameters() throws SQLException {
    // No literal, so the expression itself can be the GROUP BY key.
    List<List<String>> rows = db.run(on("users")
        .dynamicFields(fields(dimension("place", "coalesce(${users.state}, ${users.city})")))
        .fields("place", "users.count").sorts("place"));
    assertEquals(db.plain("SELECT p, COUNT(*) FROM (SELECT COALESCE(state, city) AS p FROM users)"
        + " GROUP BY p ORDER BY p"), rows);
    assertTrue(db.compile(on("users").dynamicFields(fields(dimension("place", "coalesce(${users.state}, ${users.city})")))
        .fields("place", "users.count")).statement().sql().contains("GROUP BY COALESCE("));
  }

  @Test
  void groupedUnderFanOutKeepsSymmetricAggregates() throws SQLException {
    // Joining orders repeats each user once per order: average age and user count must still
    // count each user once per band, while the order count counts orders.
    List<List<String>> rows = db.run(on("users").dynamicFields(fields(AGE_BAND))
        .fields("age_band", "users.average_age", "users.count", "orders.count")
        .filter("orders.status", "Complete").filter("age_band", "-50 and over")
        .sorts("age_band desc"));
    String completed = "(SELECT COUNT(*) FROM orders o WHERE o.user_id = u.id AND o.status = 'Complete')";
    assertEquals(db.plain("SELECT band, AVG(CAST(age AS DOUBLE PRECISION)), COUNT(*), SUM(n) FROM (SELECT "
        + AGE_BAND_SQL + " AS band, age, " + completed + " AS n FROM users u WHERE " + completed + " > 0)"
        + " WHERE band <> '50 and over' GROUP BY band ORDER BY band DESC"), rows);
    assertEquals(2, rows.size());
    assertEquals("under 30", rows.get(0).get(0));
  }

  @Test
  void numberDimensionFilteredAndSorted() throws SQLException {
    List<List<String>> rows = db.run(on("users")
        .dynamicFields(fields(dimension("double_age", "${users.age} * 2 + 1")))
        .fields("double_age", "users.count").filter("double_age", ">= 61 AND <= 101").sorts("double_age desc"));
    assertEquals(db.plain("SELECT d, COUNT(*) FROM (SELECT age * 2 + 1 AS d FROM users)"
        + " WHERE d >= 61 AND d <= 101 GROUP BY d ORDER BY d DESC"), rows);
    assertEquals(21, rows.size());
  }

  @Test
  void yesNoDimensionReadsYesOrNo() throws SQLException {
    String older = dimension("older_woman", "${users.age} >= 40 AND ${users.gender} = \"F\"");
    String cond = "CASE WHEN age >= 40 AND gender = 'F' THEN 'Yes' ELSE 'No' END";
    assertEquals(db.plain("SELECT y, COUNT(*) FROM (SELECT " + cond + " AS y FROM users) GROUP BY y ORDER BY y"),
        db.run(on("users").dynamicFields(fields(older)).fields("older_woman", "users.count").sorts("older_woman")));
    List<List<String>> no = db.run(on("users").dynamicFields(fields(older)).fields("users.id")
        .filter("older_woman", "no").sorts("users.id"));
    assertEquals(db.plain("SELECT id FROM users WHERE " + cond + " = 'No' ORDER BY id"), no);
    assertFalse(no.isEmpty());
  }

  @Test
  void dateDimensionUsesTheDateGrammar() throws SQLException {
    String arrived = dimension("arrived", "coalesce(${orders.delivered_date}, ${orders.created_date})");
    List<List<String>> rows = db.run(on("orders").dynamicFields(fields(arrived)).fields("arrived", "orders.count")
        .filter("arrived", "after 2025-12-01").sorts("arrived"));
    assertEquals(db.plain("SELECT a, COUNT(*) FROM (SELECT COALESCE(CAST(delivered_at AS DATE), CAST(created_at AS DATE))"
        + " AS a FROM orders) WHERE a >= DATE '2025-12-01' GROUP BY a ORDER BY a"), rows);
    assertFalse(rows.isEmpty());
    ResultField f = db.compile(on("orders").dynamicFields(fields(arrived)).fields("arrived")).fields().get(0);
    assertEquals("date", f.field().type());
    assertEquals(ValueKind.DATE, f.kind());
  }

  @Test
  void referencedByFilterExpressionAndOtherCustomDimensions() throws SQLException {
    List<List<String>> rows = db.run(on("users")
        .dynamicFields(fields(dimension("decade", "${age_plus} / 10"), dimension("age_plus", "${users.age} + 5")))
        .fields("users.id", "decade").filterExpression("${decade} >= 5 AND ${age_plus} != 60").sorts("users.id"));
    assertEquals(db.plain("SELECT id, (age + 5) / 10.0 FROM users WHERE (age + 5) / 10.0 >= 5 AND age + 5 <> 60"
        + " ORDER BY id"), rows);
    assertFalse(rows.isEmpty());
  }

  @Test
  void literalsWithQuotesAreValues() throws SQLException {
    String label = dimension("label", "if(${products.brand} = \"O'Neill\", \"x' || (SELECT 1) || '\", \"other\")");
    List<List<String>> rows = db.run(on("products").dynamicFields(fields(label)).fields("label", "products.count")
        .sorts("label"));
    assertEquals(db.plain("SELECT l, COUNT(*) FROM (SELECT CASE WHEN brand = 'O''Neill' THEN 'x'' || (SELECT 1) || '''"
        + " ELSE 'other' END AS l FROM products) GROUP BY l ORDER BY l"), rows);
    assertEquals("x' || (SELECT 1) || '", rows.get(1).get(0));
    CompiledQuery q = db.compile(on("products").dynamicFields(fields(label)).fields("label", "products.count"));
    assertFalse(q.statement().sql().contains("Neill"), q.statement().sql());
    assertFalse(q.statement().sql().contains("other"), q.statement().sql());
  }

  @Test
  void joinsOnlyWhatIsUsed() throws SQLException {
    // The orders explore joins users as an inner join; a custom dimension the query defines but
    // does not use must not bring that join in.
    List<List<String>> rows = db.run(on("orders")
        .dynamicFields(fields(dimension("intl", "NOT ${users.is_international}"))).fields("orders.count"));
    assertEquals(db.plain("SELECT COUNT(*) FROM orders"), rows);
  }

  @Test
  void reportedAsDynamicFieldsOfTheirType() {
    CompiledQuery q = db.compile(on("users").dynamicFields(fields(AGE_BAND,
        dimension("n", "${users.age} - 1"), dimension("b", "is_null(${users.age})"), dimension("s", "now()")))
        .fields("age_band", "n", "b", "s"));
    List<ResultField> f = q.fields();
    assertEquals(List.of("string", "number", "yesno", "date_time"), f.stream().map(r -> r.field().type()).toList());
    assertEquals(List.of(ValueKind.STRING, ValueKind.NUMBER, ValueKind.STRING, ValueKind.TIMESTAMP),
        f.stream().map(ResultField::kind).toList());
    assertTrue(f.stream().allMatch(ResultField::dynamic));
    assertEquals("Age Band", f.get(0).field().label());
    assertEquals("users", f.get(0).view());
  }

  @Test
  void errorsNameTheCustomDimension() {
    assertInvalid(dimension("x", "${users.age} +"), "x", "Invalid expression of custom dimension x"
        + " \"${users.age} +\": Expected a value but found the end of the expression at position 14");
    assertInvalid(dimension("x", "${users.count} + 1"), "x", "Invalid expression of custom dimension x"
        + " \"${users.count} + 1\": Measure ${users.count} can't be used here: a custom dimension is computed"
        + " for each row, before measures are at position 0");
    assertInvalid(fields(dimension("x", "${y} + 1"), dimension("y", "${x} * 2")).replaceAll("^\\[|]$", ""), "x",
        "Custom dimensions refer to each other in a cycle: x -> y -> x");
    assertInvalid(dimension("x", "${users.age} = \"1\""), "x", "Invalid expression of custom dimension x"
        + " \"${users.age} = \\\"1\\\"\": Operator = needs values of one type, not a number and a string at position 13"
        .replace("\\\"", "\""));
    assertInvalid("{\"dimension\": \"x\"}", "x", "Custom dimension x needs an \"expression\"");
  }

  private static void assertInvalid(String dynamicField, String field, String message) {
    QueryException e = assertThrows(QueryException.class,
        () -> db.compile(on("users").dynamicFields(fields(dynamicField)).fields(field)));
    assertEquals(422, e.status());
    assertEquals("dynamic_fields", e.field());
    assertEquals(message, e.getMessage());
  }
}

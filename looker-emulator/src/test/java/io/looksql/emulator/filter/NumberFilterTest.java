package io.looksql.emulator.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.looksql.emulator.sql.SqlFragment;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Expected rows come from hand-written WHERE clauses over the same table. */
class NumberFilterTest {
  private static final FilterContext CONTEXT =
      new FilterContext(LocalDateTime.of(2018, 5, 18, 18, 30, 2), DayOfWeek.MONDAY);
  private static H2Table table;

  @BeforeAll
  static void createTable() throws SQLException {
    table = new H2Table("CREATE TABLE t(id INT PRIMARY KEY, n DECIMAL(10, 2))",
        "INSERT INTO t VALUES (1, -10), (2, -0.5), (3, 0), (4, 1), (5, 2), (6, 3), (7, 4),"
            + " (8, 5), (9, 5.5), (10, 6), (11, 7), (12, 9), (13, 10), (14, 12), (15, 20),"
            + " (16, 29), (17, 66), (18, 80.44), (19, 90), (20, 99), (21, 100), (22, 500),"
            + " (23, 1000), (24, NULL), (25, 80.45), (26, 20.5)");
  }

  @AfterAll
  static void dropTable() throws SQLException {
    table.close();
  }

  static Stream<Arguments> referenceTable() {
    return Stream.of(
        Arguments.of("5", "n = 5"),
        Arguments.of("NOT 5", "n <> 5 OR n IS NULL"),
        Arguments.of("<>5", "n <> 5 OR n IS NULL"),
        Arguments.of("!=5", "n <> 5 OR n IS NULL"),
        Arguments.of("1, 3, 5, 7", "n IN (1, 3, 5, 7)"),
        Arguments.of("NOT 66, 99, 4", "n NOT IN (66, 99, 4) OR n IS NULL"),
        Arguments.of("5, NOT 6, NOT 7", "n = 5"),
        Arguments.of("5, 6, NOT 6", "n = 5"),
        Arguments.of("NOT 6, NOT 7", "n NOT IN (6, 7) OR n IS NULL"),
        Arguments.of(">1 AND <100, NOT 2", "n > 1 AND n < 100 AND n <> 2"),
        Arguments.of("5.5 to 10", "n BETWEEN 5.5 AND 10"),
        Arguments.of(">=5.5 AND <=10", "n BETWEEN 5.5 AND 10"),
        Arguments.of("[5.5,10]", "n BETWEEN 5.5 AND 10"),
        Arguments.of("NOT 3 to 80.44", "n < 3 OR n > 80.44 OR n IS NULL"),
        Arguments.of("<3 OR >80.44", "n < 3 OR n > 80.44"),
        Arguments.of("1 to", "n >= 1"),
        Arguments.of(">=1", "n >= 1"),
        Arguments.of("to 10", "n <= 10"),
        Arguments.of("<=10", "n <= 10"),
        Arguments.of(">10 AND <=20 OR 90", "(n > 10 AND n <= 20) OR n = 90"),
        Arguments.of(">=50 AND <=100 OR >=500 AND <=1000",
            "n BETWEEN 50 AND 100 OR n BETWEEN 500 AND 1000"),
        Arguments.of("NULL", "n IS NULL"),
        Arguments.of("null", "n IS NULL"),
        Arguments.of("NOT NULL", "n IS NOT NULL"),
        Arguments.of("(1,7)", "n > 1 AND n < 7"),
        Arguments.of("[5,90]", "n BETWEEN 5 AND 90"),
        Arguments.of("(12,20]", "n > 12 AND n <= 20"),
        Arguments.of("[12,20)", "n >= 12 AND n < 20"),
        Arguments.of("(500,inf)", "n > 500"),
        Arguments.of("(500,)", "n > 500"),
        Arguments.of("(-inf,10]", "n <= 10"),
        Arguments.of("(,10]", "n <= 10"),
        Arguments.of("[0,9],[20,29]", "n BETWEEN 0 AND 9 OR n BETWEEN 20 AND 29"),
        Arguments.of("[0,10],20", "n BETWEEN 0 AND 10 OR n = 20"),
        Arguments.of("NOT (3,12)", "n <= 3 OR n >= 12 OR n IS NULL"));
  }

  static Stream<Arguments> negativesAndDecimals() {
    return Stream.of(
        Arguments.of("-0.5", "n = -0.5"),
        Arguments.of("-10, -0.5", "n IN (-10, -0.5)"),
        Arguments.of("<-1", "n < -1"),
        Arguments.of("-10 to -0.5", "n BETWEEN -10 AND -0.5"),
        Arguments.of("(-inf,-0.5)", "n < -0.5"),
        Arguments.of("80.44", "n = 80.44"),
        Arguments.of(".5 to 1", "n BETWEEN 0.5 AND 1"),
        Arguments.of("1e1", "n = 10"),
        Arguments.of("not 5 or 6", "n NOT IN (5, 6) OR n IS NULL"),
        Arguments.of("=20.5", "n = 20.5"),
        Arguments.of("(-inf,inf)", "n IS NOT NULL"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"referenceTable", "negativesAndDecimals"})
  void matchesHandWrittenWhere(String expression, String handWritten) throws SQLException {
    SqlFragment where = FilterCompiler.compile(FilterType.NUMBER, expression, "n", CONTEXT);
    assertEquals(table.idsWhere(handWritten), table.ids(where), where.toString());
  }

  @Test
  void bindsNumbersAsBigDecimal() {
    assertEquals(SqlFragment.of("((n >= ?) AND (n <= ?))", new BigDecimal("5.5"),
        new BigDecimal("10")),
        FilterCompiler.compile(FilterType.NUMBER, "5.5 to 10", "n", CONTEXT));
    assertEquals(SqlFragment.of("(NOT ((n > ?) AND (n < ?)) OR n IS NULL)", new BigDecimal("3"),
        new BigDecimal("12")),
        FilterCompiler.compile(FilterType.NUMBER, "NOT (3,12)", "n", CONTEXT));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("5 to to 7", "unexpected \"to\" at position 5"),
        Arguments.of("abc", "unexpected \"abc\" at position 0"),
        Arguments.of("-NULL", "unexpected \"-NULL\" at position 0"),
        Arguments.of("5,", "unexpected end of expression at position 2"),
        Arguments.of("NOT", "unexpected end of expression at position 3"),
        Arguments.of("5 AND", "unexpected end of expression at position 5"),
        Arguments.of("5 6", "unexpected \"6\" at position 2"),
        Arguments.of(">", "expected a number but found end of expression at position 1"),
        Arguments.of("> x", "unexpected \"x\" at position 2"),
        Arguments.of("(1,7", "expected \")\" or \"]\" but found end of expression at position 4"),
        Arguments.of("(1 7)", "expected \",\" but found \"7\" at position 3"),
        Arguments.of("(inf,7)", "expected \",\" but found \"inf\" at position 1"),
        Arguments.of("5; DROP TABLE t", "unexpected \";\" at position 1"),
        Arguments.of("5 'x'", "unexpected \"'\" at position 2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformed(String expression, String problem) {
    FilterException e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile(FilterType.NUMBER, expression, "n", CONTEXT));
    assertEquals("Invalid number filter \"" + expression + "\": " + problem, e.getMessage());
  }
}

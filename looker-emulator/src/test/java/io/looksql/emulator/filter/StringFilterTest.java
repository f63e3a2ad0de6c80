package io.looksql.emulator.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.looksql.emulator.sql.SqlFragment;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StringFilterTest {
  private static final FilterContext CONTEXT =
      new FilterContext(LocalDateTime.of(2018, 5, 18, 18, 30, 2), DayOfWeek.MONDAY);
  private static final int ROWS = 27;
  private static H2Table table;

  @BeforeAll
  static void createTable() throws SQLException {
    table = new H2Table("CREATE TABLE t(id INT PRIMARY KEY, s VARCHAR(40))",
        "INSERT INTO t VALUES (1, 'FOO'), (2, 'BAR'), (3, 'FOOD'), (4, 'foo'), (5, 'a,b'),"
            + " (6, '50%'), (7, '50x'), (8, 'sub_region'), (9, 'subXregion'), (10, '^caret'),"
            + " (11, 'say \"hi\"'), (12, 'O''Brien'), (13, '-x'), (14, 'x'), (15, 'NULL'),"
            + " (16, ''), (17, NULL), (18, ' FOO '), (19, 't-shirt'), (20, '?'), (21, '--x'),"
            + " (22, 'a!b'), (23, 'FOOBAR'), (24, 'a\\b'), (25, 'EMPTY'), (26, 'null'),"
            + " (27, 'x%')");
  }

  @AfterAll
  static void dropTable() throws SQLException {
    table.close();
  }

  private static Set<Integer> ids(Integer... ids) {
    return new TreeSet<>(List.of(ids));
  }

  private static Set<Integer> allBut(Integer... excluded) {
    Set<Integer> all = new TreeSet<>();
    IntStream.rangeClosed(1, ROWS).forEach(all::add);
    all.removeAll(List.of(excluded));
    return all;
  }

  static Stream<Arguments> referenceTable() {
    return Stream.of(
        Arguments.of("FOO", ids(1)),
        Arguments.of("foo", ids(4)),
        Arguments.of("FOO,BAR", ids(1, 2)),
        Arguments.of("%FOO%", ids(1, 3, 18, 23)),
        Arguments.of("FOO%", ids(1, 3, 23)),
        Arguments.of("%FOO", ids(1)),
        Arguments.of("F%OD", ids(3)),
        Arguments.of("_AR", ids(2)),
        Arguments.of("EMPTY", ids(16, 17)),
        Arguments.of("empty", ids(16, 17)),
        Arguments.of("NULL", ids(17)),
        Arguments.of("null", ids(17)),
        Arguments.of("-FOO", allBut(1)),
        Arguments.of("-FOO,-BAR", allBut(1, 2)),
        Arguments.of("-%FOO%", allBut(1, 3, 18, 23)),
        Arguments.of("-FOO%", allBut(1, 3, 23)),
        Arguments.of("-%FOO", allBut(1)),
        Arguments.of("-EMPTY", allBut(16, 17)),
        Arguments.of("-NULL", allBut(17)),
        Arguments.of("FOO%,BAR", ids(1, 2, 3, 23)),
        Arguments.of("FOO%,-FOOD", ids(1, 23)));
  }

  static Stream<Arguments> escaping() {
    return Stream.of(
        Arguments.of("a^,b", ids(5)),
        Arguments.of("\"a,b\"", ids(5)),
        Arguments.of("a\\,b", ids(5)),
        Arguments.of("a,b", ids()),
        Arguments.of("50^%", ids(6)),
        Arguments.of("50%", ids(6, 7)),
        Arguments.of("\"50%\"", ids(6)),
        Arguments.of("sub^_region", ids(8)),
        Arguments.of("sub_region", ids(8, 9)),
        Arguments.of("^^caret", ids(10)),
        Arguments.of("^^%", ids(10)),
        Arguments.of("say ^\"hi^\"", ids(11)),
        Arguments.of("\"say \\\"hi\\\"\"", ids(11)),
        Arguments.of("say \\\"hi\\\"", ids(11)),
        Arguments.of("O'Brien", ids(12)),
        Arguments.of("%'%", ids(12)),
        Arguments.of("^-x", ids(13)),
        Arguments.of("\"-x\"", ids(13)),
        Arguments.of("-x", allBut(14)),
        Arguments.of("-^-x", allBut(13)),
        Arguments.of("--x", allBut(13)),
        Arguments.of("-\"-x\"", allBut(13)),
        Arguments.of("t-shirt", ids(19)),
        Arguments.of("^NULL", ids(15)),
        Arguments.of("\"NULL\"", ids(15)),
        Arguments.of("\"null\"", ids(26)),
        Arguments.of("-\"NULL\"", allBut(15)),
        Arguments.of("^EMPTY", ids(25)),
        Arguments.of("^ FOO^ ", ids(18)),
        Arguments.of("\" FOO \"", ids(18)),
        Arguments.of("  FOO  ", ids(1)),
        Arguments.of("FOO , BAR", ids(1, 2)),
        Arguments.of("?", ids(20)),
        Arguments.of("%!%", ids(22)),
        Arguments.of("a!b", ids(22)),
        Arguments.of("a\\\\b", ids(24)),
        Arguments.of("x%", ids(14, 27)),
        Arguments.of("x^%", ids(27)),
        Arguments.of("%^%", ids(6, 27)),
        Arguments.of("\"\"", ids(16)),
        Arguments.of("' OR 1=1 --", ids()),
        Arguments.of("x' OR ''='", ids()),
        Arguments.of("-' OR 1=1 /*", allBut()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"referenceTable", "escaping"})
  void matchesExpectedRows(String expression, Set<Integer> expected) throws SQLException {
    SqlFragment where = FilterCompiler.compile(FilterType.STRING, expression, "s", CONTEXT);
    assertEquals(expected, table.ids(where), where.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"referenceTable", "escaping"})
  void valuesOnlyTravelAsParameters(String expression) {
    SqlFragment where = FilterCompiler.compile(FilterType.STRING, expression, "s", CONTEXT);
    String withoutConstants = where.sql().replace("ESCAPE '!'", "").replace("''", "");
    assertFalse(withoutConstants.contains("'"), where.sql());
  }

  @Test
  void compilesToParameterizedSql() {
    assertEquals(SqlFragment.of("((s = ?) OR (s LIKE ? ESCAPE '!'))", "a,b", "50!%!!%"),
        FilterCompiler.compile(FilterType.STRING, "a^,b,50^%!%", "s", CONTEXT));
    assertEquals(SqlFragment.of("((s LIKE ? ESCAPE '!') AND (s <> ? OR s IS NULL))", "FOO%",
        "FOOD"), FilterCompiler.compile(FilterType.STRING, "FOO%,-FOOD", "s", CONTEXT));
    assertEquals(SqlFragment.of("((UPPER(s)) = ?)", "X"),
        FilterCompiler.compile(FilterType.STRING, "X", "UPPER(s)", CONTEXT));
  }

  @Test
  void blankIsTrue() {
    assertEquals(SqlFragment.TRUE, FilterCompiler.compile(FilterType.STRING, "  ", "s", CONTEXT));
    assertEquals(SqlFragment.TRUE, FilterCompiler.compile(FilterType.STRING, null, "s", CONTEXT));
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("FOO,", "empty term at position 4"),
        Arguments.of(",FOO", "empty term at position 0"),
        Arguments.of("FOO, ,BAR", "empty term at position 4"),
        Arguments.of("-", "nothing after \"-\" at position 0"),
        Arguments.of("FOO, - ", "nothing after \"-\" at position 4"),
        Arguments.of("abc^", "nothing to escape after \"^\" at position 3"),
        Arguments.of("abc\\", "nothing to escape after \"\\\" at position 3"),
        Arguments.of("\"abc", "unterminated quote at position 0"),
        Arguments.of("\"a\"b", "unexpected text after closing quote at position 3"),
        Arguments.of("a\"b", "unexpected \" (write ^\" for a literal quote) at position 1"),
        Arguments.of("a\\qb", "invalid escape \"\\q\" at position 1"),
        Arguments.of("a\\u12", "\\u needs four hex digits at position 1"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsMalformed(String expression, String problem) {
    FilterException e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile(FilterType.STRING, expression, "s", CONTEXT));
    assertEquals("Invalid string filter \"" + expression + "\": " + problem, e.getMessage());
  }
}

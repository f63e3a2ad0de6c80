package io.looksql.emulator.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.looksql.emulator.sql.SqlFragment;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YesNoFilterTest {
  private static final FilterContext CONTEXT =
      new FilterContext(LocalDateTime.of(2018, 5, 18, 18, 30, 2), DayOfWeek.MONDAY);
  private static H2Table table;

  @BeforeAll
  static void createTable() throws SQLException {
    table = new H2Table("CREATE TABLE t(id INT PRIMARY KEY, b BOOLEAN, n INT)",
        "INSERT INTO t VALUES (1, TRUE, 10), (2, FALSE, 1), (3, NULL, NULL)");
  }

  @AfterAll
  static void dropTable() throws SQLException {
    table.close();
  }

  private static Set<Integer> rows(String expression, String condition) throws SQLException {
    return table.ids(FilterCompiler.compile(FilterType.YESNO, expression, condition, CONTEXT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "Yes", "YES", "TRUE", "true", " yes "})
  void yesKeepsTrueRows(String expression) throws SQLException {
    assertEquals(new TreeSet<>(List.of(1)), rows(expression, "b"));
    assertEquals(new TreeSet<>(List.of(1)), rows(expression, "n > 5 OR n IS NULL AND FALSE"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "No", "NO", "FALSE", "false"})
  void noKeepsFalseAndNullRows(String expression) throws SQLException {
    assertEquals(new TreeSet<>(List.of(2, 3)), rows(expression, "b"));
    assertEquals(new TreeSet<>(List.of(2, 3)), rows(expression, "n > 5 OR n IS NULL AND FALSE"));
  }

  @Test
  void compilesToParenthesizedConditions() {
    assertEquals(SqlFragment.of("(NOT COALESCE((a OR b), FALSE))"),
        FilterCompiler.compile(FilterType.YESNO, "no", "a OR b", CONTEXT));
    assertEquals(SqlFragment.TRUE, FilterCompiler.compile(FilterType.YESNO, "", "b", CONTEXT));
  }

  @Test
  void rejectsOtherWords() {
    FilterException e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile(FilterType.YESNO, " maybe", "b", CONTEXT));
    assertEquals("Invalid yes/no filter \" maybe\": expected yes, no, true or false but found"
        + " \"maybe\" at position 1", e.getMessage());
  }

  @Test
  void aCommaListKeepsRowsMatchingAnyOfItsValues() throws SQLException {
    assertEquals(new TreeSet<>(List.of(1, 2, 3)), rows("yes, no", "b"));
    assertEquals(new TreeSet<>(List.of(1, 2, 3)), rows("No,YES", "b"));
    assertEquals(new TreeSet<>(List.of(1)), rows("yes, true", "b"));
    assertEquals(new TreeSet<>(List.of(2, 3)), rows("no,false", "b"));
  }

  @Test
  void aCommaListWithABadTermNamesIt() {
    FilterException e = assertThrows(FilterException.class,
        () -> FilterCompiler.compile(FilterType.YESNO, "yes, maybe", "b", CONTEXT));
    assertEquals("Invalid yes/no filter \"yes, maybe\": expected yes, no, true or false but found"
        + " \"maybe\" at position 5", e.getMessage());
  }
}

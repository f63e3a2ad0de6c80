package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one comparison of a statement's rows with the expected rows: as multisets (a duplicated or
 * missing row is a difference), in order only when the statement itself orders its result, that
 * is, ends in an ORDER BY outside any parentheses.
 */
final class RowAssert {
  private RowAssert() {
  }

  /** Asserts that {@code actual}, the rows of {@code sql}, are the {@code expected} rows. */
  static void assertSameRows(String sql, List<String> expected, List<String> actual) {
    assertSameRows(sql, expected, actual, sql);
  }

  /** Asserts as {@link #assertSameRows(String, List, List)} does, failing with {@code message}. */
  static void assertSameRows(String sql, List<String> expected, List<String> actual,
      String message) {
    if (ordersItsResult(sql)) {
      assertEquals(expected, actual, message + " (in ORDER BY order)");
    } else {
      assertEquals(sorted(expected), sorted(actual), message + " (rows in any order)");
    }
  }

  /** Returns whether a statement orders its result: an ORDER BY at the outermost level. */
  static boolean ordersItsResult(String sql) {
    String s = sql.toLowerCase(Locale.ROOT);
    int depth = 0;
    boolean ordered = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int close = s.indexOf(c, i + 1);
        i = close < 0 ? s.length() : close;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (depth == 0 && s.startsWith("order", i) && boundary(s, i - 1)
          && s.substring(i + "order".length()).stripLeading().startsWith("by")) {
        ordered = true;
      } else if (depth == 0 && s.startsWith("union", i) && boundary(s, i - 1)) {
        ordered = false; // an ORDER BY before a set operator orders only its branch
      }
    }
    return ordered;
  }

  private static boolean boundary(String s, int i) {
    return i < 0 || !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '_';
  }

  private static List<String> sorted(List<String> rows) {
    List<String> s = new ArrayList<>(rows);
    s.sort(null);
    return s;
  }
}

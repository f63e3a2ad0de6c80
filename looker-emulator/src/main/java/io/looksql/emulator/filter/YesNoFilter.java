package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;
import java.util.Locale;

/** Compiles yes/no filters over a SQL boolean condition. */
final class YesNoFilter {
  private YesNoFilter() {
  }

  /**
   * Returns the SQL condition for a non-blank yes/no filter expression: one value, or a comma
   * list of them meaning any of them ({@code yes, no} keeps every row).
   */
  static SqlFragment compile(String expression, String condition) {
    boolean yes = false;
    boolean no = false;
    int start = 0;
    for (String term : expression.split(",", -1)) {
      boolean value = isYes(term, expression, start);
      yes |= value;
      no |= !value;
      start += term.length() + 1;
    }
    if (yes && no) {
      return SqlFragment.TRUE;
    }
    return yes ? SqlFragment.of("(" + condition + ")")
        // A NULL condition counts as "no", so that yes and no partition the rows.
        : SqlFragment.of("(NOT COALESCE((" + condition + "), FALSE))");
  }

  /** Returns whether one term of the list (starting at {@code start}) is yes rather than no. */
  private static boolean isYes(String term, String expression, int start) {
    String word = term.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "yes", "true" -> true;
      case "no", "false" -> false;
      default -> throw FilterErrors.at("yes/no", expression,
          "expected yes, no, true or false but found \"" + term.trim() + "\"",
          start + term.indexOf(term.trim()));
    };
  }
}

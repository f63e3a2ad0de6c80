package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;
import java.util.Locale;

/** Compiles yes/no filters over a SQL boolean condition. */
final class YesNoFilter {
  private YesNoFilter() {
  }

  /** Returns the SQL condition for a non-blank yes/no filter expression. */
  static SqlFragment compile(String expression, String condition) {
    String word = expression.trim().toLowerCase(Locale.ROOT);
    return switch (word) {
      case "yes", "true" -> SqlFragment.of("(" + condition + ")");
      // A NULL condition counts as "no", so that yes and no partition the rows.
      case "no", "false" -> SqlFragment.of("(NOT COALESCE((" + condition + "), FALSE))");
      default -> throw FilterErrors.at("yes/no", expression,
          "expected yes, no, true or false but found \"" + expression.trim() + "\"",
          expression.indexOf(expression.trim()));
    };
  }
}

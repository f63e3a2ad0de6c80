package io.looksql.emulator.expression;

import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;

/**
 * LIKE patterns that match a string literally, for {@code contains}, {@code starts_with} and
 * {@code ends_with}. The escape character is {@code !}: unlike a backslash, no database treats it
 * specially inside a string or a pattern by default.
 */
final class LikePatterns {
  /** The escape clause that goes with every pattern built here. */
  static final String ESCAPE = " ESCAPE '!'";

  private LikePatterns() {
  }

  /** Returns {@code value} with the escape character and the wildcards {@code %}, {@code _} escaped. */
  static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '!' || c == '%' || c == '_') {
        out.append('!');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Returns SQL that escapes a string computed by the database the way {@link #escape} does, with
   * {@code %} before and/or after, for needles that are not literals.
   */
  static SqlFragment escapeSql(SqlFragment needle, boolean anyBefore, boolean anyAfter) {
    SqlBuilder sql = new SqlBuilder().append("(");
    if (anyBefore) {
      sql.append("'%' || ");
    }
    // The escape character itself must be escaped first, or the escapes added after it would double.
    sql.append("REPLACE(REPLACE(REPLACE(").append(needle)
        .append(", '!', '!!'), '%', '!%'), '_', '!_')");
    if (anyAfter) {
      sql.append(" || '%'");
    }
    return sql.append(")").build();
  }
}

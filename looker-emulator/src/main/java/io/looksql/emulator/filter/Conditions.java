package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Combines SQL conditions; every fragment built here is parenthesized so that callers can AND or
 * OR it with anything.
 */
final class Conditions {
  private static final Pattern SIMPLE_COLUMN = Pattern.compile("[A-Za-z0-9_.\"]+");

  private Conditions() {
  }

  /** Returns the column SQL, parenthesized unless it is a plain (possibly qualified) name. */
  static String operand(String columnSql) {
    String trimmed = columnSql.trim();
    return SIMPLE_COLUMN.matcher(trimmed).matches() ? trimmed : "(" + trimmed + ")";
  }

  /** Returns {@code (sql)} with the given parameters. */
  static SqlFragment leaf(String sql, Object... params) {
    return SqlFragment.of("(" + sql + ")", params);
  }

  /** Returns the conjunction of the parts (the single part itself if there is one). */
  static SqlFragment and(List<SqlFragment> parts) {
    return join(" AND ", parts);
  }

  /** Returns the disjunction of the parts (the single part itself if there is one). */
  static SqlFragment or(List<SqlFragment> parts) {
    return join(" OR ", parts);
  }

  private static SqlFragment join(String operator, List<SqlFragment> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to join");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    StringBuilder sql = new StringBuilder("(");
    List<Object> params = new ArrayList<>();
    for (SqlFragment part : parts) {
      if (sql.length() > 1) {
        sql.append(operator);
      }
      sql.append(part.sql());
      params.addAll(part.params());
    }
    return new SqlFragment(sql.append(')').toString(), params);
  }

  /**
   * Returns Looker's list semantics: positive terms ORed together, ANDed with every negative
   * term.
   */
  static SqlFragment combine(List<SqlFragment> positives, List<SqlFragment> negatives) {
    List<SqlFragment> all = new ArrayList<>();
    if (!positives.isEmpty()) {
      all.add(or(positives));
    }
    all.addAll(negatives);
    return and(all);
  }
}

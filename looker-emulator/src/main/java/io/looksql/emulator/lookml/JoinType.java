package io.looksql.emulator.lookml;

import java.util.Locale;

/** SQL join type of an explore join. */
public enum JoinType {
  LEFT_OUTER("LEFT JOIN"), INNER("INNER JOIN"), FULL_OUTER("FULL OUTER JOIN"), CROSS("CROSS JOIN");

  private final String sql;

  JoinType(String sql) {
    this.sql = sql;
  }

  /** Returns the SQL keywords, e.g. {@code LEFT JOIN}. */
  public String sql() {
    return sql;
  }

  /** Returns the LookML spelling, e.g. {@code left_outer}. */
  public String lookml() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.looksql.emulator.sql;

import java.util.ArrayList;
import java.util.List;

/** Builds a {@link SqlFragment} piece by piece, keeping parameters in text order. */
public final class SqlBuilder {
  private final StringBuilder sql = new StringBuilder();
  private final List<Object> params = new ArrayList<>();

  /** Appends plain SQL text. */
  public SqlBuilder append(String text) {
    sql.append(text);
    return this;
  }

  /** Appends a fragment's SQL and its parameters. */
  public SqlBuilder append(SqlFragment fragment) {
    sql.append(fragment.sql());
    params.addAll(fragment.params());
    return this;
  }

  /** Appends fragments separated by {@code separator}. */
  public SqlBuilder join(String separator, List<SqlFragment> fragments) {
    for (int i = 0; i < fragments.size(); i++) {
      if (i > 0) {
        sql.append(separator);
      }
      append(fragments.get(i));
    }
    return this;
  }

  /** Returns whether nothing has been appended. */
  public boolean isEmpty() {
    return sql.length() == 0;
  }

  /** Returns the fragment built so far. */
  public SqlFragment build() {
    return new SqlFragment(sql.toString(), params);
  }
}

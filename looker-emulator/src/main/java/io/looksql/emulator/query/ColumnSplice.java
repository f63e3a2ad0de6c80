package io.looksql.emulator.query;

import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;

/**
 * Puts SQL that carries bind parameters where a filter condition names its column. The filter
 * grammar writes the column as text, maybe several times, while its own values are parameters;
 * splicing keeps every parameter in text order.
 */
final class ColumnSplice {
  /** The column name filters are compiled against before splicing; no filter writes it otherwise. */
  static final String MARKER = "looksql_spliced_column";

  private ColumnSplice() {
  }

  /** Returns {@code condition} with each {@link #MARKER} outside string literals replaced by {@code column}. */
  static SqlFragment splice(SqlFragment condition, SqlFragment column) {
    String sql = condition.sql();
    SqlBuilder out = new SqlBuilder();
    int param = 0;
    boolean inString = false;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (!inString && sql.startsWith(MARKER, i)) {
        out.append("(").append(column).append(")");
        i += MARKER.length();
        continue;
      }
      if (c == '\'') {
        inString = !inString;
      }
      if (c == '?' && !inString) {
        out.append(SqlFragment.of("?", condition.params().get(param++)));
      } else {
        out.append(String.valueOf(c));
      }
      i++;
    }
    if (param != condition.params().size()) {
      throw new IllegalStateException("parameters out of step with their placeholders: " + sql);
    }
    return out.build();
  }
}

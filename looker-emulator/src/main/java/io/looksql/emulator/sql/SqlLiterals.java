package io.looksql.emulator.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes parameter values into SQL text as literals, for display only (the {@code sql} format). */
public final class SqlLiterals {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);

  private SqlLiterals() {
  }

  /** Returns the fragment's SQL with each {@code ?} outside quotes replaced by its value. */
  public static String inline(SqlFragment fragment) {
    StringBuilder out = new StringBuilder();
    String sql = fragment.sql();
    int next = 0;
    boolean inString = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        inString = !inString;
      }
      if (c == '?' && !inString && next < fragment.params().size()) {
        out.append(literal(fragment.params().get(next++)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Returns one value as a SQL literal. */
  static String literal(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number n) {
      return n instanceof BigDecimal b ? b.toPlainString() : n.toString();
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof LocalDateTime t) {
      return "TIMESTAMP '" + TIMESTAMP.format(t) + "'";
    }
    if (value instanceof LocalDate d) {
      return "DATE '" + d + "'";
    }
    return "'" + value.toString().replace("'", "''") + "'";
  }
}

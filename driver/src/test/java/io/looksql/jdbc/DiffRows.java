package io.looksql.jdbc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Rows of a result set with values normalised so that the driver's and the database's answers
 * compare by value, and a readable diff when they don't.
 *
 * <p>Normalisation: every number becomes a {@link BigDecimal} (the driver returns DOUBLE where H2
 * returns INTEGER, BIGINT, NUMERIC or DECFLOAT); DATE becomes {@link LocalDate}; TIMESTAMP becomes
 * {@link LocalDateTime}. Numbers are equal when they agree to 6 decimal places (averages and
 * ratios: H2 computes them in DECFLOAT or NUMERIC, Looker's JSON and the driver in DOUBLE), or
 * differ by less than one part in 10^9 (sums of doubles); integral values so compare exactly.
 * Strings, booleans, dates and timestamps compare exactly.
 */
final class DiffRows {
  private static final int SCALE = 6;
  private static final int MAX_SHOWN = 8;

  private DiffRows() {
  }

  /** Returns the rows of a result set, normalised. */
  static List<List<Object>> read(ResultSet rs) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    java.sql.ResultSetMetaData md = rs.getMetaData();
    int n = md.getColumnCount();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(switch (md.getColumnType(i)) {
          // As text: java.sql.Date/Timestamp would shift with the JVM's zone (the tests run in
          // America/Sao_Paulo) differently for the driver (UTC) and H2 (session zone UTC).
          case Types.DATE -> temporal(rs.getString(i), false);
          case Types.TIMESTAMP -> temporal(rs.getString(i), true);
          default -> normalise(rs.getObject(i));
        });
      }
      rows.add(row);
    }
    return rows;
  }

  private static Object temporal(String text, boolean timestamp) {
    if (text == null) {
      return null;
    }
    return timestamp ? LocalDateTime.parse(text.trim().replace(' ', 'T')) : LocalDate.parse(text);
  }

  static Object normalise(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return d.toString();
    }
    if (v instanceof Float f && (f.isNaN() || f.isInfinite())) {
      return f.toString();
    }
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Number num) {
      return new BigDecimal(num.toString());
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    if (v instanceof OffsetDateTime t) {
      return t.toLocalDateTime();
    }
    if (v instanceof java.sql.Time t) {
      return t.toLocalTime();
    }
    return v;
  }

  /**
   * Returns null if {@code actual} equals {@code expected} (in order if {@code ordered}, else as
   * multisets), else a description of the difference.
   */
  static String diff(List<List<Object>> expected, List<List<Object>> actual, boolean ordered) {
    List<List<Object>> e = expected;
    List<List<Object>> a = actual;
    if (!ordered) {
      e = sorted(expected);
      a = sorted(actual);
    }
    int ew = e.isEmpty() ? -1 : e.get(0).size();
    int aw = a.isEmpty() ? -1 : a.get(0).size();
    if (ew >= 0 && aw >= 0 && ew != aw) {
      return "expected " + ew + " columns, got " + aw + "\n" + show("expected", e)
          + show("actual", a);
    }
    int first = -1;
    for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
      if (!rowEquals(e.get(i), a.get(i))) {
        first = i;
        break;
      }
    }
    if (first < 0 && e.size() == a.size()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    b.append("expected ").append(e.size()).append(" rows, got ").append(a.size());
    if (first >= 0) {
      b.append("; first difference at ").append(ordered ? "row " : "sorted row ").append(first)
          .append(":\n  expected ").append(key(e.get(first)))
          .append("\n  actual   ").append(key(a.get(first)));
    }
    b.append('\n');
    if (!ordered) {
      b.append(show("only expected", minus(e, a))).append(show("only actual", minus(a, e)));
    } else {
      b.append(show("expected", e)).append(show("actual", a));
    }
    return b.toString();
  }

  private static boolean rowEquals(List<Object> x, List<Object> y) {
    if (x.size() != y.size()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      if (!valueEquals(x.get(i), y.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean valueEquals(Object x, Object y) {
    if (x instanceof BigDecimal a && y instanceof BigDecimal b) {
      if (a.compareTo(b) == 0 || round(a).compareTo(round(b)) == 0) {
        return true;
      }
      BigDecimal scale = a.abs().max(BigDecimal.ONE);
      return a.subtract(b).abs().compareTo(scale.multiply(new BigDecimal("1e-9"))) < 0;
    }
    return Objects.equals(x, y);
  }

  private static BigDecimal round(BigDecimal d) {
    return d.setScale(SCALE, RoundingMode.HALF_UP);
  }

  private static List<List<Object>> sorted(List<List<Object>> rows) {
    List<List<Object>> s = new ArrayList<>(rows);
    s.sort(Comparator.comparing(DiffRows::key));
    return s;
  }

  /** Returns a row as text, numbers rounded to the compared precision: the sort key. */
  static String key(List<Object> row) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < row.size(); i++) {
      Object v = row.get(i);
      if (i > 0) {
        b.append(" | ");
      }
      if (v instanceof BigDecimal d) {
        b.append(round(d).stripTrailingZeros().toPlainString());
      } else if (v instanceof String s) {
        b.append('\'').append(s).append('\'');
      } else {
        b.append(v);
      }
    }
    return b.append(']').toString();
  }

  /** Returns the rows of {@code x} not matched by a row of {@code y} (as multisets). */
  private static List<List<Object>> minus(List<List<Object>> x, List<List<Object>> y) {
    List<List<Object>> left = new ArrayList<>(y);
    List<List<Object>> out = new ArrayList<>();
    outer:
    for (List<Object> row : x) {
      for (int i = 0; i < left.size(); i++) {
        if (rowEquals(row, left.get(i))) {
          left.remove(i);
          continue outer;
        }
      }
      out.add(row);
    }
    return out;
  }

  private static String show(String label, List<List<Object>> rows) {
    StringBuilder b = new StringBuilder("  ").append(label).append(" (").append(rows.size())
        .append("):");
    for (int i = 0; i < Math.min(rows.size(), MAX_SHOWN); i++) {
      b.append("\n    ").append(key(rows.get(i)));
    }
    if (rows.size() > MAX_SHOWN) {
      b.append("\n    …");
    }
    return b.append('\n').toString();
  }
}

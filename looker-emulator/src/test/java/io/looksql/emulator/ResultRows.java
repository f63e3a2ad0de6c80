package io.looksql.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Exact comparison of a Looker JSON result with rows computed by hand.
 *
 * <p>Every cell becomes a canonical text that keeps its JSON type: numbers bare (as exact
 * decimals without trailing zeros), strings quoted, NULL as {@code null}. Dates and timestamps
 * computed by hand are written in Looker's text forms here, by the test, never by the emulator.
 *
 * <p>The one inexact rule: a column whose expected values are approximate (a {@code Double};
 * hand SQL gets one from DOUBLE PRECISION, or from DECFLOAT, which is what H2 returns for AVG
 * and for a division by a count) is compared to {@value #APPROX_DECIMALS} decimal places on both
 * sides. Averages and ratios are inexact in Looker's SQL too: a floating-point sum depends on the
 * order rows are added, and a quotient's digits on the types divided, both of which differ
 * between two correct queries. Exact columns (counts, sums of DECIMAL money, min, max) must match
 * to the last digit.
 */
final class ResultRows {
  static final int APPROX_DECIMALS = 6;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  /** SQL types (H2's names) whose values are read as approximate Doubles. */
  private static final Set<String> APPROXIMATE_TYPES = Set.of("DECFLOAT", "DOUBLE PRECISION", "REAL", "FLOAT");
  /** Rows shown around the first difference. */
  private static final int CONTEXT = 3;

  private ResultRows() {
  }

  /** Runs plain SQL and returns its rows as Java values (LocalDate, LocalDateTime, numbers, strings). */
  static List<List<Object>> query(DataSource dataSource, String sql) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<List<Object>> rows = new ArrayList<>();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (APPROXIMATE_TYPES.contains(md.getColumnTypeName(i))) {
            double d = rs.getDouble(i);
            row.add(rs.wasNull() ? null : d);
            continue;
          }
          row.add(switch (md.getColumnType(i)) {
            case Types.DATE -> rs.getObject(i, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIME, Types.TIME_WITH_TIMEZONE ->
                throw new IllegalArgumentException("hand SQL should return TIMESTAMP or DATE: " + sql);
            default -> rs.getObject(i);
          });
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /**
   * Asserts that the JSON rows hold exactly the expected rows, in order or as multisets.
   *
   * @param fields the query's fields: each JSON row must have exactly these keys
   * @param context what to print on failure (the query and how the rows were computed)
   */
  static void assertSame(List<String> fields, JsonNode json, List<List<Object>> expected,
      boolean ordered, String context) {
    boolean[] approx = approximateColumns(fields.size(), expected);
    List<String> want = new ArrayList<>();
    for (List<Object> row : expected) {
      if (row.size() != fields.size()) {
        throw new IllegalArgumentException("hand rows have " + row.size() + " columns for "
            + fields.size() + " fields: " + context);
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        text.append(i == 0 ? "" : " | ").append(expectedCell(row.get(i), approx[i]));
      }
      want.add(text.toString());
    }
    List<String> got = actualRows(fields, json, approx, context);
    if (!ordered) {
      want.sort(Comparator.naturalOrder());
      got.sort(Comparator.naturalOrder());
    }
    if (!want.equals(got)) {
      throw new AssertionError(diff(fields, want, got, ordered) + "\n" + context);
    }
  }

  /** Returns the canonical texts of hand-computed rows, sorted unless {@code ordered}. */
  static List<String> canonical(List<List<Object>> rows, boolean ordered) {
    boolean[] approx = approximateColumns(rows.isEmpty() ? 0 : rows.get(0).size(), rows);
    List<String> out = new ArrayList<>();
    for (List<Object> row : rows) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        text.append(i == 0 ? "" : " | ").append(expectedCell(row.get(i), approx[i]));
      }
      out.add(text.toString());
    }
    if (!ordered) {
      out.sort(Comparator.naturalOrder());
    }
    return out;
  }

  /** Returns the canonical rows of a JSON result; fails if a row's keys are not the fields. */
  static List<String> actualRows(List<String> fields, JsonNode json, boolean[] approx, String context) {
    if (json == null || !json.isArray()) {
      throw new AssertionError("expected a JSON array of rows but got " + json + "\n" + context);
    }
    List<String> rows = new ArrayList<>();
    for (JsonNode row : json) {
      List<String> keys = new ArrayList<>();
      Iterator<String> names = row.fieldNames();
      names.forEachRemaining(keys::add);
      if (!keys.equals(fields)) {
        throw new AssertionError("row keys " + keys + " are not the query's fields " + fields
            + ": " + row + "\n" + context);
      }
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < fields.size(); i++) {
        text.append(i == 0 ? "" : " | ").append(actualCell(row.get(fields.get(i)), approx[i]));
      }
      rows.add(text.toString());
    }
    return rows;
  }

  private static boolean[] approximateColumns(int columns, List<List<Object>> expected) {
    boolean[] approx = new boolean[columns];
    for (List<Object> row : expected) {
      for (int i = 0; i < Math.min(columns, row.size()); i++) {
        approx[i] |= row.get(i) instanceof Double || row.get(i) instanceof Float;
      }
    }
    return approx;
  }

  /** Returns the canonical text of a hand-computed value. */
  static String expectedCell(Object v, boolean approx) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(new BigDecimal(v.toString()), true);
    }
    if (v instanceof BigDecimal d) {
      return number(d, approx);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return number(BigDecimal.valueOf(((Number) v).longValue()), approx);
    }
    if (v instanceof BigInteger b) {
      return number(new BigDecimal(b), approx);
    }
    if (v instanceof LocalDate d) {
      return quote(DATE.format(d));
    }
    if (v instanceof LocalDateTime t) {
      return quote(TIMESTAMP.format(t));
    }
    if (v instanceof String s) {
      return quote(s);
    }
    // Looker writes yes/no dimensions as "Yes"/"No": the hand SQL must spell them so too.
    throw new IllegalArgumentException("unsupported hand value " + v + " (" + v.getClass().getName() + ")");
  }

  private static String actualCell(JsonNode v, boolean approx) {
    if (v == null || v.isNull()) {
      return "null";
    }
    if (v.isNumber()) {
      return number(v.decimalValue(), approx);
    }
    if (v.isTextual()) {
      return quote(v.textValue());
    }
    // Anything else (booleans, objects) can't equal a hand value; show it as it is.
    return "<" + v.getNodeType() + " " + v + ">";
  }

  private static String number(BigDecimal d, boolean approx) {
    BigDecimal n = approx ? d.setScale(APPROX_DECIMALS, RoundingMode.HALF_EVEN) : d;
    n = n.stripTrailingZeros();
    return n.signum() == 0 ? "0" : n.toPlainString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private static String diff(List<String> fields, List<String> want, List<String> got, boolean ordered) {
    int first = 0;
    while (first < want.size() && first < got.size() && want.get(first).equals(got.get(first))) {
      first++;
    }
    StringBuilder out = new StringBuilder("rows differ (")
        .append(ordered ? "in order" : "as multisets, both sorted").append("): expected ")
        .append(want.size()).append(" rows, got ").append(got.size())
        .append("; first difference at row ").append(first).append('\n')
        .append("  columns: ").append(String.join(" | ", fields)).append('\n');
    int from = Math.max(0, first - CONTEXT);
    for (int i = from; i < Math.min(Math.max(want.size(), got.size()), first + CONTEXT + 1); i++) {
      String w = i < want.size() ? want.get(i) : "(none)";
      String g = i < got.size() ? got.get(i) : "(none)";
      out.append(w.equals(g) ? "    " : "  ! ").append("row ").append(i).append('\n')
          .append("      expected ").append(w).append('\n')
          .append("      actual   ").append(g).append('\n');
    }
    return out.toString();
  }
}

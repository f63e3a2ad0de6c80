package io.looksql.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL's laws of composition, checked on a statement the driver answered: wrapped as
 * {@code SELECT COUNT(*), SUM(c), … FROM (statement) t}, the driver must give the number of rows
 * the statement returned and the sum of each of its numeric columns over those rows (NULL when
 * it has no value), computed here from the rows themselves.
 */
final class CompositionLaws {
  private static final Set<Integer> NUMERIC = Set.of(Types.TINYINT, Types.SMALLINT,
      Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT, Types.DOUBLE, Types.DECIMAL,
      Types.NUMERIC);

  private CompositionLaws() {
  }

  /** Returns the indexes (from 0) of the numeric columns of a result. */
  static List<Integer> numericColumns(ResultSetMetaData metaData) throws SQLException {
    List<Integer> out = new ArrayList<>();
    for (int i = 1; i <= metaData.getColumnCount(); i++) {
      if (NUMERIC.contains(metaData.getColumnType(i))) {
        out.add(i - 1);
      }
    }
    return out;
  }

  /** Returns the wrapping statement: the count, then the sum of each numeric column. */
  static String wrapper(String sql, List<String> columnNames, List<Integer> numeric) {
    StringBuilder b = new StringBuilder("SELECT COUNT(*)");
    for (int i : numeric) {
      b.append(", SUM(t.`").append(columnNames.get(i)).append("`)");
    }
    return b.append(" FROM (").append(sql).append(") t").toString();
  }

  /**
   * Returns null when the wrapper's answer equals what the rows give, else what differs (a
   * failure to answer the wrapper included).
   *
   * @param rows the statement's rows, numbers as BigDecimal
   */
  static String violation(Connection driver, String sql, List<String> columnNames,
      List<Integer> numeric, List<List<Object>> rows) {
    String wrapper = wrapper(sql, columnNames, numeric);
    List<Object> answer = new ArrayList<>();
    try (Statement s = driver.createStatement(); ResultSet rs = s.executeQuery(wrapper)) {
      if (!rs.next()) {
        return "the wrapper returned no row: " + wrapper;
      }
      for (int i = 1; i <= numeric.size() + 1; i++) {
        Object v = rs.getObject(i);
        answer.add(v == null ? null : new BigDecimal(v.toString()));
      }
    } catch (SQLException e) {
      return "the wrapper failed (" + e.getSQLState() + "): " + e.getMessage() + "\n  " + wrapper;
    }
    List<Object> expected = new ArrayList<>();
    expected.add(BigDecimal.valueOf(rows.size()));
    for (int column : numeric) {
      BigDecimal sum = null;
      for (List<Object> row : rows) {
        if (row.get(column) instanceof BigDecimal v) {
          sum = sum == null ? v : sum.add(v);
        }
      }
      expected.add(sum);
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!close(expected.get(i), answer.get(i))) {
        return (i == 0 ? "COUNT(*)" : "SUM of column " + columnNames.get(numeric.get(i - 1)))
            + " over the statement's rows is " + expected.get(i) + ", the driver answered "
            + answer.get(i) + "\n  " + wrapper;
      }
    }
    return null;
  }

  private static boolean close(Object expected, Object actual) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    BigDecimal x = (BigDecimal) expected;
    BigDecimal y = (BigDecimal) actual;
    BigDecimal tolerance = x.abs().max(y.abs()).max(BigDecimal.ONE)
        .multiply(new BigDecimal("1e-9"));
    return x.subtract(y).abs().compareTo(tolerance) <= 0;
  }
}

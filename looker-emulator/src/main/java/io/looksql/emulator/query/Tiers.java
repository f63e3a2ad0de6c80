package io.looksql.emulator.query;

import java.util.List;
import java.util.Locale;

/**
 * SQL for a {@code type: tier} dimension: a CASE that maps a number to its tier's label, and the
 * key that sorts those labels in tier order.
 */
final class Tiers {
  private Tiers() {
  }

  /** Returns the CASE expression labelling {@code valueSql} by the given tiers and style. */
  static String caseSql(String valueSql, List<Double> tiers, String style) {
    StringBuilder sql = new StringBuilder("CASE WHEN (").append(valueSql).append(") IS NULL THEN '")
        .append(style.equals("classic") ? "TXX Undefined" : "Undefined").append('\'');
    int n = tiers.size();
    for (int i = 0; i <= n; i++) {
      Double low = i == 0 ? null : tiers.get(i - 1);
      Double high = i == n ? null : tiers.get(i);
      sql.append(" WHEN ");
      if (high != null) {
        sql.append('(').append(valueSql).append(") < ").append(number(high));
      } else {
        sql.append("1=1");
      }
      sql.append(" THEN '").append(label(i, low, high, style)).append('\'');
    }
    return sql.append(" END").toString();
  }

  /**
   * Returns the sort key of a column holding the labels of {@link #caseSql}: each tier's index,
   * lowest first, and the undefined (null) tier last, as Looker sorts tiers (by tier, not by the
   * label text, which would put "Below 0" after "80 or Above"). The labels come from the LookML's
   * numbers, never from a query, so writing them into the SQL is safe.
   */
  static String sortKey(String labelColumn, List<Double> tiers, String style) {
    StringBuilder sql = new StringBuilder("CASE ").append(labelColumn);
    int n = tiers.size();
    for (int i = 0; i <= n; i++) {
      Double low = i == 0 ? null : tiers.get(i - 1);
      Double high = i == n ? null : tiers.get(i);
      sql.append(" WHEN '").append(label(i, low, high, style)).append("' THEN ").append(i);
    }
    return sql.append(" ELSE ").append(n + 1).append(" END").toString();
  }

  private static String label(int index, Double low, Double high, String style) {
    switch (style) {
    case "integer":
      if (low == null) {
        return "Below " + number(high);
      }
      if (high == null) {
        return number(low) + " or Above";
      }
      return number(low) + " to " + number(Math.ceil(high) - 1);
    case "relational":
      if (low == null) {
        return "< " + number(high);
      }
      return high == null ? ">= " + number(low) : ">= " + number(low) + " and < " + number(high);
    case "interval":
      return interval(low, high);
    default:
      return String.format(Locale.ROOT, "T%02d %s", index, interval(low, high));
    }
  }

  private static String interval(Double low, Double high) {
    return (low == null ? "(-inf" : "[" + number(low)) + "," + (high == null ? "inf)" : number(high) + ")");
  }

  private static String number(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }
}

package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looker's post-query measures ({@code running_total}, {@code percent_of_total},
 * {@code percent_of_previous}): computed over the result rows after the sort and the row limit,
 * from the value of the measure their {@code sql} names.
 */
final class PostQuery {
  private static final Set<String> TYPES =
      Set.of("running_total", "percent_of_total", "percent_of_previous");
  private static final Pattern REFERENCE =
      Pattern.compile("\\s*\\$\\{\\s*(?:([A-Za-z0-9_]+)\\.)?([A-Za-z0-9_]+)\\s*}\\s*");

  private PostQuery() {
  }

  /** Returns whether a field is a post-query measure. */
  static boolean isPostQuery(Field field) {
    return field.isMeasure() && TYPES.contains(field.type());
  }

  /** Returns the measure a post-query measure's {@code sql} names ({@code ${measure}}). */
  static ScopedField source(ScopedField measure, ExploreScope scope) {
    Matcher m = REFERENCE.matcher(measure.field().sql());
    ScopedField source = !m.matches() ? null
        : scope.findAny(m.group(1) == null ? measure.alias() : m.group(1), m.group(2));
    if (source == null || !source.field().isMeasure() || isPostQuery(source.field())) {
      throw QueryException.invalid("fields", "invalid", "Measure " + measure.qualifiedName()
          + " of type " + measure.field().type() + " must name one measure in its sql, as"
          + " ${measure}, not \"" + measure.field().sql().trim() + "\"");
    }
    return source;
  }

  /**
   * Returns the SQL of a post-query value over the result rows, given the column holding its
   * measure's value and the row-order column: the running total up to the row, the share of the
   * column's total in percent, or the change from the previous row in percent of it.
   */
  static String outer(Field field, String column, String rowOrder) {
    switch (field.type()) {
    case "running_total":
      return "SUM(" + column + ") OVER (ORDER BY " + rowOrder
          + " ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)";
    case "percent_of_total":
      return "100.0 * CAST(" + column + " AS DOUBLE PRECISION) / NULLIF(SUM(" + column
          + ") OVER (), 0)";
    default:
      String previous = "LAG(" + column + ") OVER (ORDER BY " + rowOrder + ")";
      return "100.0 * CAST(" + column + " - " + previous + " AS DOUBLE PRECISION) / NULLIF("
          + previous + ", 0)";
    }
  }
}

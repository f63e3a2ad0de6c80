package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.ArrayList;
import java.util.List;
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

  /**
   * Returns the statement with its post-query measures computed over its rows, in their order:
   * each row is numbered by the statement's sort, and the post-query columns are window
   * functions over that numbering; a statement without them is returned as it is.
   *
   * @param withClause the statement's leading {@code WITH} clause ({@code ""} for none), which
   *     stays at the top
   */
  static SqlFragment wrap(String withClause, List<SelectPlan.Selected> columns,
      List<SelectPlan.Sort> orderBy, SqlFragment statement) {
    boolean any = false;
    for (SelectPlan.Selected c : columns) {
      any |= PostQuery.isPostQuery(c.field().field());
    }
    if (!any) {
      return statement;
    }
    List<String> order = new ArrayList<>();
    for (SelectPlan.Sort sort : orderBy) {
      Field field = columns.get(sort.column()).field().field();
      String column = "x.c_" + sort.column();
      String key = DimensionTypeSql.sortKey(field, column);
      order.add((key != null ? key : column) + (sort.desc() ? " DESC" : ""));
    }
    SqlBuilder sql = new SqlBuilder().append(withClause).append("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      Field field = columns.get(i).field().field();
      sql.append(i == 0 ? "" : ", ").append((PostQuery.isPostQuery(field)
          ? PostQuery.outer(field, "p.c_" + i, "p.row_order") : "p.c_" + i) + " AS c_" + i);
    }
    String body = statement.sql().substring(withClause.length());
    return sql.append(" FROM (SELECT x.*, ROW_NUMBER() OVER (" + (order.isEmpty() ? ""
            : "ORDER BY " + String.join(", ", order)) + ") AS row_order FROM (")
        .append(new SqlFragment(body, statement.params())).append(") x) p ORDER BY p.row_order")
        .build();
  }
}

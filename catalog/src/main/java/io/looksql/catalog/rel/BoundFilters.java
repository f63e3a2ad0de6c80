package io.looksql.catalog.rel;

import io.looksql.catalog.FieldDefinition;
import io.looksql.catalog.LookerTable;
import io.looksql.catalog.StatementFailures;
import io.looksql.catalog.lang.FieldFilter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.calcite.DataContext;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The filters of a {@link LookerSpec} written out with the statement's parameter values, as SQL
 * reads a parameter bound to NULL: a comparison with it is unknown, so a filter may pass no row
 * ({@link FieldFilter#bind}). The plan is prepared once for every value, so this is decided on
 * each execution.
 *
 * @param filters Looker filter expression per field
 * @param expression Looker {@code filter_expression}, or null
 */
record BoundFilters(Map<String, String> filters, @Nullable String expression) {
  /**
   * A condition no row meets (as {@code WHERE 1 = 0} is sent; spectacles sends {@code 1=2} to get
   * zero rows from Looker). An expression without fields is a WHERE condition.
   */
  static final String NO_ROW = "(1 = 0)";

  /**
   * Returns the filters for one execution, or null when the result has no rows, so Looker needn't
   * be asked: a filter on a measure (HAVING) that no group passes, or a filter on a dimension
   * (WHERE) that no row passes while Looker groups by some dimension. Without such a dimension,
   * Looker still answers one row of measures over no rows (a count of 0), which it is asked for
   * with {@link #NO_ROW}.
   */
  static @Nullable BoundFilters bind(LookerTable table, LookerSpec spec, DataContext root) {
    Map<String, String> filters = new LinkedHashMap<>();
    FieldFilter noRow = null;
    for (FieldFilter f : spec.filters().values()) {
      FieldFilter bound = f.bind(root);
      if (bound != null) {
        filters.put(f.field(), bound.render(root));
      } else if (isMeasure(table, f.field())) {
        return null;
      } else {
        noRow = f;
      }
    }
    LookerSpec.FilterExpressionSpec e = spec.filterExpression();
    if (noRow == null) {
      return new BoundFilters(filters, e == null ? null : e.expression().render(root));
    }
    if (spec.columns().stream().anyMatch(c -> c.kind() == SpecColumn.Kind.DIMENSION)) {
      return null;
    }
    if (e != null && e.onMeasures()) {
      // Looker would apply NO_ROW with the measures' condition, in HAVING: no row at all.
      int param = noRow.nullComparison(root).paramIndex() + 1;
      throw StatementFailures.failure("Parameter " + param + " is NULL, so no row passes the "
          + "filter on " + noRow.field() + ", and Looker can't compute this query's measures over "
          + "no rows together with its condition on several measures; bind a value, or write IS "
          + "NULL to select NULLs", StatementFailures.NULL_NOT_ALLOWED);
    }
    return new BoundFilters(filters, NO_ROW);
  }

  private static boolean isMeasure(LookerTable table, String field) {
    FieldDefinition def = table.fieldsByName().get(field);
    return def != null && def.measure();
  }
}

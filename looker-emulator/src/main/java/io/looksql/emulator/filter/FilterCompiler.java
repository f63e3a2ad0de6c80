package io.looksql.emulator.filter;

import io.looksql.emulator.sql.SqlFragment;

/** Compiles Looker filter expressions into SQL conditions whose values are bind parameters. */
public final class FilterCompiler {
  private FilterCompiler() {
  }

  /**
   * Returns a SQL condition on {@code columnSql} equivalent to a Looker filter expression.
   *
   * <p>The result is parenthesized, so it can be combined with other conditions as is.
   *
   * @param type which grammar applies
   * @param expression the filter expression; blank means "any value" ({@link SqlFragment#TRUE})
   * @param columnSql SQL of the value filtered: for {@link FilterType#DATE} a TIMESTAMP or DATE in
   *     the query time zone, for {@link FilterType#YESNO} a boolean condition
   * @param context what relative dates are relative to
   * @throws FilterException if the expression does not parse
   */
  public static SqlFragment compile(FilterType type, String expression, String columnSql,
      FilterContext context) {
    if (expression == null || expression.isBlank()) {
      return SqlFragment.TRUE;
    }
    String column = Conditions.operand(columnSql);
    return switch (type) {
      case STRING -> StringFilter.compile(expression, column);
      case NUMBER -> NumberFilter.compile(expression, column);
      case DATE -> DateFilter.compile(expression, column, context);
      case YESNO -> YesNoFilter.compile(expression, columnSql);
    };
  }
}

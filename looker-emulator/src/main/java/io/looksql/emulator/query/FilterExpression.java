package io.looksql.emulator.query;

import io.looksql.emulator.expression.Expression;
import io.looksql.emulator.expression.ExpressionException;
import io.looksql.emulator.expression.FieldRef;
import io.looksql.emulator.expression.Operand;
import io.looksql.emulator.expression.ValueType;
import io.looksql.emulator.sql.SqlFragment;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A query's {@code filter_expression}. On dimensions it restricts the rows, ANDed with
 * {@code filters}; on measures it restricts the aggregated rows, as Looker applies such
 * expressions in HAVING. One expression can't do both.
 */
final class FilterExpression {
  private static final String PROPERTY = "filter_expression";

  private FilterExpression() {
  }

  /** Adds the condition of a non-blank filter expression to the plan. */
  static void apply(String text, SelectPlan plan, CustomDimensions customDimensions,
      DimensionSql dimensions, LocalDateTime now) {
    Expression expression = parse(text);
    Map<ScopedField, Integer> measures = new LinkedHashMap<>();
    FieldRef firstDimension = null;
    FieldRef firstMeasure = null;
    for (FieldRef ref : expression.references()) {
      ScopedField f = fieldOf(customDimensions, ref, text);
      if (f.field().isMeasure()) {
        measures.putIfAbsent(f, measures.size());
        firstMeasure = firstMeasure == null ? ref : firstMeasure;
      } else {
        firstDimension = firstDimension == null ? ref : firstDimension;
      }
    }
    if (firstMeasure != null && firstDimension != null) {
      throw QueryException.invalid(PROPERTY, "invalid", "Invalid filter_expression \"" + text
          + "\": it refers to dimension ${" + firstDimension.name() + "} and to measure ${"
          + firstMeasure.name() + "}; an expression filters either rows (dimensions only) or"
          + " aggregated rows (measures only), so split it or filter the dimension in 'filters'");
    }
    if (firstMeasure == null) {
      plan.where(condition(expression, new ExpressionResolver(customDimensions, dimensions, null), now));
      return;
    }
    List<ScopedField> measureList = new ArrayList<>(measures.keySet());
    plan.having(measureList, columns -> condition(expression,
        new ExpressionResolver(customDimensions, dimensions, m -> columns.get(measures.get(m))), now));
  }

  private static Expression parse(String text) {
    try {
      return Expression.parse(text);
    } catch (ExpressionException e) {
      throw invalid(text, e);
    }
  }

  private static ScopedField fieldOf(CustomDimensions customDimensions, FieldRef ref, String text) {
    try {
      return ExpressionResolver.field(customDimensions, ref);
    } catch (ExpressionException e) {
      throw invalid(text, e);
    }
  }

  private static SqlFragment condition(Expression expression, ExpressionResolver resolver,
      LocalDateTime now) {
    Operand operand;
    try {
      operand = expression.toSql(resolver, now);
    } catch (ExpressionException e) {
      throw invalid(expression.text(), e);
    }
    if (operand.type() != ValueType.YESNO) {
      throw invalid(expression.text(), new ExpressionException("The expression must be a yes/no condition, not "
          + (operand.type() == ValueType.NULL ? "null" : "a " + operand.type().label()), 0));
    }
    return operand.sql();
  }

  private static QueryException invalid(String text, ExpressionException e) {
    return QueryException.invalid(PROPERTY, "invalid", "Invalid filter_expression \"" + text + "\": "
        + e.getMessage());
  }
}

package io.looksql.emulator.query;

import io.looksql.emulator.expression.ExpressionException;
import io.looksql.emulator.expression.FieldRef;
import io.looksql.emulator.expression.FieldResolver;
import io.looksql.emulator.expression.Operand;
import io.looksql.emulator.expression.ValueType;
import io.looksql.emulator.sql.SqlBuilder;
import io.looksql.emulator.sql.SqlFragment;
import java.util.function.Function;

/**
 * Resolves the field references of an expression in one query: the explore's dimensions, custom
 * dimensions, and, where the expression is applied to aggregated rows, measures.
 */
final class ExpressionResolver implements FieldResolver {
  private final CustomDimensions customDimensions;
  private final DimensionSql dimensions;
  private final Function<ScopedField, String> measureColumns;

  /**
   * Creates an ExpressionResolver.
   *
   * @param measureColumns the column holding each measure's value, or null where measures can't
   *     be referred to
   */
  ExpressionResolver(CustomDimensions customDimensions, DimensionSql dimensions,
      Function<ScopedField, String> measureColumns) {
    this.customDimensions = customDimensions;
    this.dimensions = dimensions;
    this.measureColumns = measureColumns;
  }

  @Override public Operand resolve(FieldRef ref) {
    ScopedField f = field(customDimensions, ref);
    if (f.field().isMeasure()) {
      if (measureColumns == null) {
        throw new ExpressionException("Measure ${" + ref.name() + "} can't be used here: a custom"
            + " dimension is computed for each row, before measures are", ref.position());
      }
      return new Operand(SqlFragment.of(measureColumns.apply(f)),
          typeOf(SelectPlan.measureKind(customDimensions.scope(), f)));
    }
    Operand operand = customDimensions.contains(f)
        ? customDimensions.operand(f, dimensions)
        : dimension(f);
    if (operand.type() == ValueType.YESNO) {
      // Yes/no fields show NULL as "No"; reading them as never-null conditions keeps NOT and = no
      // consistent with what a user sees.
      return new Operand(new SqlBuilder().append("COALESCE(")
          .append(operand.sql()).append(", FALSE)").build(), ValueType.YESNO);
    }
    return operand;
  }

  private Operand dimension(ScopedField f) {
    if (f.field().type().equals("yesno")) {
      return new Operand(SqlFragment.of(dimensions.condition(f)), ValueType.YESNO);
    }
    return new Operand(SqlFragment.of("(" + dimensions.value(f) + ")"), typeOf(DimensionSql.kind(f.field())));
  }

  /** Returns the field a reference names, or fails naming the reference's position. */
  static ScopedField field(CustomDimensions customDimensions, FieldRef ref) {
    ScopedField f = customDimensions.lookup(ref.name());
    if (f == null) {
      throw new ExpressionException("Unknown field ${" + ref.name() + "}", ref.position());
    }
    return f;
  }

  /** Returns the expression type of values of a kind. */
  static ValueType typeOf(ValueKind kind) {
    return switch (kind) {
      case STRING -> ValueType.STRING;
      case NUMBER, INTEGER -> ValueType.NUMBER;
      case DATE, MONTH -> ValueType.DATE;
      case TIMESTAMP, TIMESTAMP_MILLIS, TIMESTAMP_MICROS -> ValueType.DATE_TIME;
    };
  }
}

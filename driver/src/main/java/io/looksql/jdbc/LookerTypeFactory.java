package io.looksql.jdbc;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeMappingRule;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The connection's type factory: Calcite's, on {@link LookerTypeSystem}, except that the value
 * type {@code T} of a {@code MEASURE<T>} decides what the measure combines to.
 *
 * <p>The validator types a measure that a sub-query selects naked in an aggregate query as
 * {@code MEASURE<T>}, where the relational expression it converts to has its value, {@code T}.
 * Calcite's own factory returns a measure type unchanged whatever nullability is asked for, and
 * combines it with other types as if it were the least restrictive of them, so
 * {@code COALESCE(m, 0)} or {@code COALESCE(m, 0.5)} over such a column got another type than
 * its relational expression, and the conversion failed with an AssertionError ("failed to
 * preserve datatypes").
 *
 * <p>Public only because {@code LookSqlJdbcFactory}, in Calcite's package, creates it.
 */
public final class LookerTypeFactory extends JavaTypeFactoryImpl {
  /** Creates the type factory of one connection. */
  public LookerTypeFactory() {
    super(LookerTypeSystem.INSTANCE);
  }

  @Override public RelDataType createTypeWithNullability(RelDataType type, boolean nullable) {
    if (type.isMeasure() && type.isNullable() != nullable) {
      RelDataType value = type.getMeasureElementType();
      return createMeasureType(super.createTypeWithNullability(value, nullable));
    }
    return super.createTypeWithNullability(type, nullable);
  }

  /** Combines the value types; the result is a measure only if every type is a measure. */
  @Override public @Nullable RelDataType leastRestrictive(List<RelDataType> types,
      SqlTypeMappingRule mappingRule) {
    List<RelDataType> values = new ArrayList<>(types.size());
    int measures = 0;
    for (RelDataType type : types) {
      if (type.isMeasure()) {
        measures++;
        values.add(type.getMeasureElementType());
      } else {
        values.add(type);
      }
    }
    if (measures == 0) {
      return super.leastRestrictive(types, mappingRule);
    }
    RelDataType value = super.leastRestrictive(values, mappingRule);
    return value == null || measures < types.size() ? value : createMeasureType(value);
  }
}

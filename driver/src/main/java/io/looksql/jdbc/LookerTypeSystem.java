package io.looksql.jdbc;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Calcite's default type system, except that CHAR values of different lengths combine into a
 * VARCHAR ({@code CASE … THEN 'premium' ELSE 'standard' END} returns {@code premium}, not
 * {@code premium } padded to the longer literal, as databases and Looker return it), a DECIMAL
 * has up to 38 digits, and the average of exact numbers keeps its fraction.
 */
final class LookerTypeSystem extends RelDataTypeSystemImpl {
  /** The instance {@link LookerTypeFactory} uses. */
  static final LookerTypeSystem INSTANCE = new LookerTypeSystem();

  /**
   * Digits of a DECIMAL, as in most databases. Calcite's 19 can't hold a BIGINT and a fraction
   * together, so it dropped the fraction: {@code COALESCE(bigint_column, 0.5)} gave 0.
   */
  private static final int MAX_DECIMAL_DIGITS = 38;
  /** Fractional digits an average has beyond its argument's. */
  private static final int AVG_EXTRA_SCALE = 10;

  private LookerTypeSystem() {
  }

  @Override public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxScale(typeName);
  }

  /**
   * Returns a DECIMAL with {@value #AVG_EXTRA_SCALE} more fractional digits for the average of
   * exact numbers, as PostgreSQL and H2 do; Calcite's own keeps the argument's type, so the
   * average of 1 and 2 was 1, and of 1.5 and 2.25 was 1.87.
   */
  @Override public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory,
      RelDataType argumentType) {
    if (!SqlTypeUtil.isExactNumeric(argumentType)) {
      return argumentType;
    }
    int scale = Math.min(MAX_DECIMAL_DIGITS,
        Math.max(0, argumentType.getScale()) + AVG_EXTRA_SCALE);
    return typeFactory.createTypeWithNullability(
        typeFactory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_DIGITS, scale),
        argumentType.isNullable());
  }

  @Override public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}

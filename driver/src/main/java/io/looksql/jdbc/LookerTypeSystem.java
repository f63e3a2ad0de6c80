package io.looksql.jdbc;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's default type system, except that CHAR values of different lengths combine into a
 * VARCHAR: {@code CASE … THEN 'premium' ELSE 'standard' END} returns {@code premium}, not
 * {@code premium } padded to the longer literal, as databases and Looker return it.
 */
final class LookerTypeSystem extends RelDataTypeSystemImpl {
  /** The instance {@link LookerTypeFactory} uses. */
  static final LookerTypeSystem INSTANCE = new LookerTypeSystem();

  private LookerTypeSystem() {
  }

  @Override public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}

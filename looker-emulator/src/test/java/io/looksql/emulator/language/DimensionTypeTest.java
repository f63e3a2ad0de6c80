package io.looksql.emulator.language;

/** {@link DimensionTypeCases} on H2. */
class DimensionTypeTest extends DimensionTypeCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

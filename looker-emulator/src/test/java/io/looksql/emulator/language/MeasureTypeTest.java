package io.looksql.emulator.language;

/** {@link MeasureTypeCases} on H2. */
class MeasureTypeTest extends MeasureTypeCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

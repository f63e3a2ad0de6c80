package io.looksql.emulator.language;

/** {@link NativeDerivedTableCases} on H2. */
class NativeDerivedTableTest extends NativeDerivedTableCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

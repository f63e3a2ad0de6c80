package io.looksql.emulator.language;

/** {@link LiquidCases} on H2. */
class LiquidTest extends LiquidCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

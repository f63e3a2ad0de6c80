package io.looksql.emulator.language;

/** {@link TimeframeCases} on H2. */
class TimeframeTest extends TimeframeCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

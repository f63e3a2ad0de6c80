package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link NativeDerivedTableCases} on PostgreSQL. */
class NativeDerivedTablePostgresTest extends NativeDerivedTableCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

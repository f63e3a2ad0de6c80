package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link LiquidCases} on PostgreSQL. */
class LiquidPostgresTest extends LiquidCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

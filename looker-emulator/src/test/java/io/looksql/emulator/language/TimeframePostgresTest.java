package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link TimeframeCases} on PostgreSQL. */
class TimeframePostgresTest extends TimeframeCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

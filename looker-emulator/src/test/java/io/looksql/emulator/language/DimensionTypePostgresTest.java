package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link DimensionTypeCases} on PostgreSQL. */
class DimensionTypePostgresTest extends DimensionTypeCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

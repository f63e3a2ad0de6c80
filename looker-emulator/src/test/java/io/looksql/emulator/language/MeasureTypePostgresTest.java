package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link MeasureTypeCases} on PostgreSQL. */
class MeasureTypePostgresTest extends MeasureTypeCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

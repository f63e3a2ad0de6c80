package io.looksql.emulator.language;

import io.looksql.emulator.PostgresUrl;

/** {@link ExploreClauseCases} on PostgreSQL. */
class ExploreClausePostgresTest extends ExploreClauseCases {
  @Override String jdbcUrl() {
    return PostgresUrl.get();
  }
}

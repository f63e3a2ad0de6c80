package io.looksql.emulator.language;

/** {@link ExploreClauseCases} on H2. */
class ExploreClauseTest extends ExploreClauseCases {
  @Override String jdbcUrl() {
    return LookmlDatabase.h2();
  }
}

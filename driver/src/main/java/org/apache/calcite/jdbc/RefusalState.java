package org.apache.calcite.jdbc;

import io.looksql.catalog.rel.QueryRefusedException;
import java.sql.SQLException;

/**
 * Gives a statement LookSQL refused an SQLState. Avatica keeps an SQLState only for its own
 * exception type, which loses the message when a statement is prepared, so a refusal reached the
 * caller as an SQLException without one, and a client could not tell "write this statement
 * another way" from a failure.
 */
final class RefusalState {
  /** SQLState of a refused statement: feature not supported, as written. */
  static final String REFUSED = "0A000";

  private RefusalState() {
  }

  /**
   * Returns an SQLException with SQLState {@link #REFUSED} and the refusal's message if
   * {@code e} comes from a refusal, else {@code e}.
   */
  static SQLException of(SQLException e) {
    if (e.getSQLState() != null) {
      return e;
    }
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof QueryRefusedException refused) {
        return new SQLException(refused.getMessage(), REFUSED, e);
      }
    }
    return e;
  }
}

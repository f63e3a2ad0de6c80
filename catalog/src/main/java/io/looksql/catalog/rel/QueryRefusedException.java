package io.looksql.catalog.rel;

import io.looksql.catalog.LookSqlException;

/**
 * Thrown at prepare time when a statement can't be answered correctly: Calcite would have to
 * re-aggregate Looker's grouped rows in a way that changes the answer. The message says why and
 * what to write instead.
 */
public final class QueryRefusedException extends LookSqlException {
  /** SQLState of a refused statement: feature not supported, as written. */
  public static final String REFUSED = "0A000";

  private static final long serialVersionUID = 1L;

  /** Creates a QueryRefusedException. */
  public QueryRefusedException(String message) {
    super(message, REFUSED);
  }
}

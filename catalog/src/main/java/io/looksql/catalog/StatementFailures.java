package io.looksql.catalog;

/**
 * The SQLStates a statement fails with when it runs (not when it is refused), and the
 * {@link LookSqlException}s that carry them through Calcite to the driver, which reports them as
 * SQLExceptions.
 */
public final class StatementFailures {
  /** SQLState of a statement cancelled by {@code Statement.cancel()}. */
  public static final String CANCELLED = "57014";
  /** SQLState of a statement that ran out of its query timeout. */
  public static final String TIMED_OUT = "HYT00";
  /** SQLState of a NULL parameter where the query can't be answered with one: null not allowed. */
  public static final String NULL_NOT_ALLOWED = "22004";

  private StatementFailures() {
  }

  /** Returns an exception that the driver turns into an SQLException with this SQLState. */
  public static RuntimeException failure(String message, String sqlState) {
    return new LookSqlException(message, sqlState);
  }

  /** Returns the failure of a cancelled statement (SQLState {@value #CANCELLED}). */
  public static RuntimeException cancelled(String message) {
    return failure(message, CANCELLED);
  }
}

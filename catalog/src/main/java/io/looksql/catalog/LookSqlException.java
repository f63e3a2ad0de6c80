package io.looksql.catalog;

/**
 * Thrown by the catalog, at prepare or run time, for a statement that fails in a way the user
 * can act on; carries the SQLState to report. The driver turns it into an SQLException in one
 * place, whatever Calcite wrapped it in on the way.
 */
public class LookSqlException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sqlState;

  /** Creates a LookSqlException with a message and its SQLState. */
  public LookSqlException(String message, String sqlState) {
    super(message);
    this.sqlState = sqlState;
  }

  /** Returns the SQLState to report, e.g. {@code 0A000}. */
  public String sqlState() {
    return sqlState;
  }
}

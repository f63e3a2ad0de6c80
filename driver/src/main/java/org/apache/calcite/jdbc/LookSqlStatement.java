package org.apache.calcite.jdbc;

import io.looksql.catalog.QueryWarnings;
import io.looksql.jdbc.SqlFailures;
import java.sql.SQLException;
import java.sql.SQLWarning;
import org.apache.calcite.avatica.Meta;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's statement, with the warnings of its last execution: Avatica's statements always
 * report none. The warnings are those its Looker queries raised while the rows were read (a
 * result that filled a row limit the statement did not ask for, with {@code onTruncation=warn}),
 * so they are complete once the rows have been read. Executing again starts a fresh list, and
 * clears a cancel of the previous execution. Every failure gets its SQLState from
 * {@link SqlFailures}; a statement that would write fails before it is parsed.
 */
final class LookSqlStatement extends CalciteStatement {
  /** SQLState of LookSQL's warnings: class 01 (warning), no subclass. */
  static final String WARNING_STATE = "01000";

  LookSqlStatement(CalciteConnectionImpl connection, Meta.@Nullable StatementHandle h,
      int resultSetType, int resultSetConcurrency, int resultSetHoldability) {
    super(connection, h, resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override protected void executeInternal(String sql) throws SQLException {
    // A cancel stops the execution under way; Avatica never clears the flag, so without this a
    // cancelled statement would refuse every later execution.
    cancelFlag.set(false);
    SqlFailures.checkReadOnly(sql);
    try {
      super.executeInternal(sql);
    } catch (SQLException e) {
      throw SqlFailures.of(e);
    }
  }

  @Override public @Nullable SQLWarning getWarnings() throws SQLException {
    super.getWarnings();
    return chain(getSignature());
  }

  @Override public void clearWarnings() throws SQLException {
    super.clearWarnings();
    QueryWarnings warnings = warnings(getSignature());
    if (warnings != null) {
      warnings.clear();
    }
  }

  /** Returns the warnings of a signature as an SQLWarning chain, or null if there are none. */
  static @Nullable SQLWarning chain(Meta.@Nullable Signature signature) {
    QueryWarnings warnings = warnings(signature);
    if (warnings == null) {
      return null;
    }
    SQLWarning first = null;
    for (String message : warnings.messages()) {
      SQLWarning w = new SQLWarning(message, WARNING_STATE);
      if (first == null) {
        first = w;
      } else {
        first.setNextWarning(w);  // appended at the end of the chain
      }
    }
    return first;
  }

  /** Returns the warnings LookSQL's prepare put in a signature, or null (none prepared yet). */
  static @Nullable QueryWarnings warnings(Meta.@Nullable Signature signature) {
    return signature != null
        && signature.internalParameters.get(QueryWarnings.KEY) instanceof QueryWarnings w
        ? w : null;
  }
}

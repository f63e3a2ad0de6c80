package org.apache.calcite.jdbc;

import io.looksql.catalog.QueryWarnings;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import org.apache.calcite.avatica.Meta;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's prepared statement, with the warnings of its last execution, as
 * {@link LookSqlStatement} has them. The driver clears them each time it executes again, since
 * all executions share one prepared signature; executing again also clears a cancel. A value
 * that can't be converted fails with SQLState 22018 ({@link ConversionFailure}).
 */
final class LookSqlPreparedStatement extends CalcitePreparedStatement {
  LookSqlPreparedStatement(CalciteConnectionImpl connection, Meta.@Nullable StatementHandle h,
      Meta.Signature signature, int resultSetType, int resultSetConcurrency,
      int resultSetHoldability) throws SQLException {
    super(connection, h, signature, resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  // Each execution clears a cancel of the previous one, as LookSqlStatement's does.
  @Override public ResultSet executeQuery() throws SQLException {
    cancelFlag.set(false);
    try {
      return super.executeQuery();
    } catch (SQLException e) {
      throw ConversionFailure.of(e);
    }
  }

  @Override public boolean execute() throws SQLException {
    cancelFlag.set(false);
    try {
      return super.execute();
    } catch (SQLException e) {
      throw ConversionFailure.of(e);
    }
  }

  @Override public long executeLargeUpdate() throws SQLException {
    cancelFlag.set(false);
    return super.executeLargeUpdate();
  }

  @Override public @Nullable SQLWarning getWarnings() throws SQLException {
    super.getWarnings();
    return LookSqlStatement.chain(getSignature());
  }

  @Override public void clearWarnings() throws SQLException {
    super.clearWarnings();
    QueryWarnings warnings = LookSqlStatement.warnings(getSignature());
    if (warnings != null) {
      warnings.clear();
    }
  }
}

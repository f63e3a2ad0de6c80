package org.apache.calcite.jdbc;

import io.looksql.catalog.StatementFailures;
import io.looksql.jdbc.JavaTimeValues;
import io.looksql.jdbc.SqlFailures;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.util.TimeZone;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's result set, with two JDBC duties Avatica's leaves undone: {@code next()} reports a
 * failure while reading rows (a result cut by the row limit, a cancel, a dropped Looker response)
 * as an {@link SQLException}, not as the unchecked exception the row source threw; once its
 * statement is cancelled, {@code next()} closes it (which kills its Looker queries) and fails with
 * SQLState 57014; and {@code getWarnings()} reports the warnings its rows raised (those of its
 * statement).
 */
final class LookSqlResultSet extends CalciteResultSet {
  /** Set by the statement's {@code cancel()}, from any thread. */
  private volatile boolean cancelled;

  LookSqlResultSet(AvaticaStatement statement, CalcitePrepare.CalciteSignature signature,
      ResultSetMetaData metaData, TimeZone timeZone, Meta.Frame firstFrame) throws SQLException {
    super(statement, signature, metaData, timeZone, firstFrame);
  }

  @Override public boolean next() throws SQLException {
    if (cancelled && !isClosed()) {
      // Avatica would refuse to go on without an SQLState and leave the rows open; closing them
      // stops their Looker queries.
      close();
      throw new SQLException("Statement cancelled", StatementFailures.CANCELLED);
    }
    try {
      return super.next();
    } catch (RuntimeException e) {
      // Raised with the SQLState to report (cancel 57014, timeout HYT00), or given one.
      throw SqlFailures.of(new SQLException(e.getMessage(), e));
    }
  }

  @Override public <T> @Nullable T getObject(int columnIndex, Class<T> type)
      throws SQLException {
    return JavaTimeValues.read(this, columnIndex, type, localCalendar.getTimeZone().toZoneId());
  }

  @Override public <T> @Nullable T getObject(String columnLabel, Class<T> type)
      throws SQLException {
    return getObject(findColumn(columnLabel), type);
  }

  @Override protected void cancel() {
    cancelled = true;
    super.cancel();
  }

  @Override public @Nullable SQLWarning getWarnings() throws SQLException {
    super.getWarnings();
    return LookSqlStatement.chain(signature);
  }
}

package org.apache.calcite.jdbc;

import io.looksql.catalog.QueryWarnings;
import io.looksql.jdbc.ParameterConversion;
import io.looksql.jdbc.SqlFailures;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.List;
import org.apache.calcite.avatica.AvaticaParameter;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.remote.TypedValue;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's prepared statement, with the warnings of its last execution, as
 * {@link LookSqlStatement} has them. The driver clears them each time it executes again, since
 * all executions share one prepared signature; executing again also clears a cancel. Each
 * execution first converts the bound values to their parameters' types by the JDBC conversion
 * table ({@link ParameterConversion}), and {@code setObject} with a target type converts to that
 * type, so a value never reaches the plan as another type than it was planned for.
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
    convertParameters();
    try {
      return super.executeQuery();
    } catch (SQLException e) {
      throw SqlFailures.of(e);
    }
  }

  @Override public boolean execute() throws SQLException {
    cancelFlag.set(false);
    convertParameters();
    try {
      return super.execute();
    } catch (SQLException e) {
      throw SqlFailures.of(e);
    }
  }

  @Override public long executeLargeUpdate() throws SQLException {
    cancelFlag.set(false);
    convertParameters();
    try {
      return super.executeLargeUpdate();
    } catch (SQLException e) {
      throw SqlFailures.of(e);
    }
  }

  // Avatica keeps milliseconds of a Timestamp: finer ones would be cut silently.
  @Override public void setTimestamp(int parameterIndex, @Nullable Timestamp x)
      throws SQLException {
    ParameterConversion.checkMillis(x, parameterIndex);
    super.setTimestamp(parameterIndex, x);
  }

  @Override public void setTimestamp(int parameterIndex, @Nullable Timestamp x,
      @Nullable Calendar calendar) throws SQLException {
    ParameterConversion.checkMillis(x, parameterIndex);
    super.setTimestamp(parameterIndex, x, calendar);
  }

  @Override public void setObject(int parameterIndex, @Nullable Object x) throws SQLException {
    ParameterConversion.checkMillis(x, parameterIndex);
    super.setObject(parameterIndex, x);
  }

  @Override public void setObject(int parameterIndex, @Nullable Object x, int targetSqlType)
      throws SQLException {
    ParameterConversion.checkMillis(x, parameterIndex);
    if (x == null || targetSqlType == Types.NULL) {
      super.setObject(parameterIndex, x, targetSqlType);
      return;
    }
    getSite(parameterIndex).setObject(x);
    int i = parameterIndex - 1;
    slots[i] = ParameterConversion.convert(slots[i], targetSqlType, zone(),
        "parameter " + parameterIndex);
  }

  @Override public void setObject(int parameterIndex, @Nullable Object x, int targetSqlType,
      int scaleOrLength) throws SQLException {
    setObject(parameterIndex, x, targetSqlType);
  }

  /** Converts each bound value to its parameter's type, or fails naming the parameter. */
  private void convertParameters() throws SQLException {
    List<AvaticaParameter> parameters = getSignature().parameters;
    ZoneId zone = zone();
    for (int i = 0; i < slots.length && i < parameters.size(); i++) {
      TypedValue v = slots[i];
      if (v != null) {
        slots[i] = ParameterConversion.convert(v, parameters.get(i).parameterType, zone,
            "parameter " + (i + 1));
      }
    }
  }

  private ZoneId zone() {
    return getCalendar().getTimeZone().toZoneId();
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

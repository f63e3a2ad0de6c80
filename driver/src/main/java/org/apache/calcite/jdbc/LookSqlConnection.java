package org.apache.calcite.jdbc;

import io.looksql.jdbc.LookerConnectionState;
import io.looksql.jdbc.SqlFailures;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLWarning;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaFactory;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's connection, carrying LookSQL's {@link LookerConnectionState}, with JDBC as tools
 * call it on a read-only source: auto-commit by default, {@code commit} and {@code rollback}
 * no-ops whatever the auto-commit setting (nothing is ever written), read-only (asking for
 * read-write adds a warning), and every failure to prepare reported by {@link SqlFailures}.
 *
 * <p>In Calcite's package because {@link CalciteConnectionImpl}'s constructor is
 * package-private.
 */
final class LookSqlConnection extends CalciteConnectionImpl
    implements LookerConnectionState.Holder {
  private @Nullable LookerConnectionState state;
  private boolean autoCommit = true;
  private @Nullable SQLWarning warnings;
  private boolean warnedReadWrite;

  LookSqlConnection(Driver driver, AvaticaFactory factory, String url, Properties info,
      @Nullable CalciteSchema rootSchema, @Nullable JavaTypeFactory typeFactory) {
    super(driver, factory, url, info, rootSchema, typeFactory);
  }

  @Override public @Nullable LookerConnectionState lookerState() {
    return state;
  }

  @Override public void attach(LookerConnectionState state) {
    if (this.state != null) {
      throw new IllegalStateException("state already attached");
    }
    this.state = state;
    this.warnings = state.openWarnings();
  }

  @Override public CalcitePreparedStatement prepareStatement(String sql, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    SqlFailures.checkReadOnly(sql);
    try {
      return super.prepareStatement(sql, resultSetType, resultSetConcurrency,
          resultSetHoldability);
    } catch (SQLException e) {
      throw SqlFailures.of(e);
    }
  }

  @Override public void setAutoCommit(boolean autoCommit) throws SQLException {
    checkOpen();
    this.autoCommit = autoCommit;
  }

  @Override public boolean getAutoCommit() throws SQLException {
    checkOpen();
    return autoCommit;
  }

  // Nothing is ever written, so there is nothing to commit or roll back, in either mode (as
  // read-only drivers do; pools call these on every connection they hand back).
  @Override public void commit() throws SQLException {
    checkOpen();
  }

  @Override public void rollback() throws SQLException {
    checkOpen();
  }

  @Override public void rollback(Savepoint savepoint) throws SQLException {
    checkOpen();
  }

  @Override public Savepoint setSavepoint() throws SQLException {
    throw new SQLFeatureNotSupportedException("LookSQL is read-only: no savepoints", "0A000");
  }

  @Override public Savepoint setSavepoint(String name) throws SQLException {
    return setSavepoint();
  }

  @Override public void setReadOnly(boolean readOnly) throws SQLException {
    checkOpen();
    // Warned once: pools and shells call this on every connection they hand out or open.
    if (!readOnly && !warnedReadWrite) {
      warnedReadWrite = true;
      addWarning(new SQLWarning("LookSQL connections are read-only; setReadOnly(false) has no "
          + "effect", "01000"));
    }
  }

  @Override public boolean isReadOnly() throws SQLException {
    checkOpen();
    return true;
  }

  // LookSQL has no user-defined types: the map is empty, and can only be set empty.
  @Override public Map<String, Class<?>> getTypeMap() throws SQLException {
    checkOpen();
    return new HashMap<>();
  }

  @Override public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
    checkOpen();
    if (map != null && !map.isEmpty()) {
      throw new SQLFeatureNotSupportedException("LookSQL has no user-defined types to map",
          "0A000");
    }
  }

  @Override public @Nullable SQLWarning getWarnings() throws SQLException {
    checkOpen();
    return warnings;
  }

  @Override public void clearWarnings() throws SQLException {
    checkOpen();
    warnings = null;
  }

  private void addWarning(SQLWarning w) {
    if (warnings == null) {
      warnings = w;
    } else {
      warnings.setNextWarning(w);
    }
  }
}

package org.apache.calcite.jdbc;

import io.looksql.jdbc.LookSqlDatabaseMetaData;
import io.looksql.jdbc.LookerTypeFactory;
import io.looksql.jdbc.TextSizes;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Properties;
import java.util.TimeZone;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaFactory;
import org.apache.calcite.avatica.AvaticaPreparedStatement;
import org.apache.calcite.avatica.AvaticaResultSet;
import org.apache.calcite.avatica.AvaticaSpecificDatabaseMetaData;
import org.apache.calcite.avatica.AvaticaStatement;
import org.apache.calcite.avatica.Meta;
import org.apache.calcite.avatica.QueryState;
import org.apache.calcite.avatica.UnregisteredDriver;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's JDBC 4.1 factory, except that statements and result sets report LookSQL's warnings
 * in {@code getWarnings()} ({@link LookSqlStatement}, {@link LookSqlPreparedStatement},
 * {@link LookSqlResultSet}), failures to prepare and run get their SQLState
 * ({@link LookSqlConnection}, {@link io.looksql.jdbc.SqlFailures}), and result sets report
 * failures while reading rows as {@code SQLException}s. The driver names it in
 * {@code getFactoryClassName}, which instantiates it by reflection.
 *
 * <p>In Calcite's package because the classes it creates extend ones with package-private
 * constructors. It delegates the rest to {@link CalciteJdbc41Factory}, which can't
 * be subclassed for this: its {@code newStatement} returns a private type.
 */
public final class LookSqlJdbcFactory extends CalciteFactory {
  private final CalciteJdbc41Factory calcite = new CalciteJdbc41Factory();

  /** Creates the factory; called by Avatica's driver by reflection. */
  public LookSqlJdbcFactory() {
    super(4, 1);
  }

  @Override public AvaticaConnection newConnection(UnregisteredDriver driver,
      AvaticaFactory factory, String url, Properties info, @Nullable CalciteSchema rootSchema,
      @Nullable JavaTypeFactory typeFactory) {
    // The connection is given this factory, so that it creates LookSQL's statements.
    return new LookSqlConnection((Driver) driver, factory, url, info, rootSchema,
        typeFactory != null ? typeFactory : new LookerTypeFactory());
  }

  @Override public AvaticaSpecificDatabaseMetaData newDatabaseMetaData(
      AvaticaConnection connection) {
    return new LookSqlDatabaseMetaData(connection);
  }

  @Override public AvaticaStatement newStatement(AvaticaConnection connection,
      Meta.@Nullable StatementHandle h, int resultSetType, int resultSetConcurrency,
      int resultSetHoldability) {
    return new LookSqlStatement((CalciteConnectionImpl) connection, h, resultSetType,
        resultSetConcurrency, resultSetHoldability);
  }

  @Override public AvaticaPreparedStatement newPreparedStatement(AvaticaConnection connection,
      Meta.@Nullable StatementHandle h, Meta.Signature signature, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    return new LookSqlPreparedStatement((CalciteConnectionImpl) connection, h, signature,
        resultSetType, resultSetConcurrency, resultSetHoldability);
  }

  @Override public AvaticaResultSet newResultSet(AvaticaStatement statement, QueryState state,
      Meta.Signature signature, TimeZone timeZone, Meta.Frame firstFrame) throws SQLException {
    return new LookSqlResultSet(statement, (CalcitePrepare.CalciteSignature) signature,
        newResultSetMetaData(statement, signature), timeZone, firstFrame);
  }

  @Override public ResultSetMetaData newResultSetMetaData(AvaticaStatement statement,
      Meta.Signature signature) {
    return TextSizes.sized(calcite.newResultSetMetaData(statement, signature));
  }
}

package org.apache.calcite.jdbc;

import java.sql.SQLException;
import java.util.Properties;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.avatica.AvaticaFactory;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Calcite's connection, except that a statement LookSQL refuses to prepare fails with SQLState
 * {@link RefusalState#REFUSED}.
 */
final class LookSqlConnection extends CalciteConnectionImpl {
  LookSqlConnection(Driver driver, AvaticaFactory factory, String url, Properties info,
      @Nullable CalciteSchema rootSchema, @Nullable JavaTypeFactory typeFactory) {
    super(driver, factory, url, info, rootSchema, typeFactory);
  }

  @Override public CalcitePreparedStatement prepareStatement(String sql, int resultSetType,
      int resultSetConcurrency, int resultSetHoldability) throws SQLException {
    try {
      return super.prepareStatement(sql, resultSetType, resultSetConcurrency,
          resultSetHoldability);
    } catch (SQLException e) {
      throw RefusalState.of(e);
    }
  }
}

package io.looksql.jdbc;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A plain {@link DataSource} over a driver of the one jar, as tools wrap a driver they load. */
final class JarDataSource implements DataSource {
  /** Opens a connection. */
  interface Opener {
    Connection open() throws SQLException;
  }

  private final Opener opener;

  JarDataSource(Opener opener) {
    this.opener = opener;
  }

  /** Returns a data source whose connections the driver opens on a URL. */
  static JarDataSource of(Driver driver, String url) {
    return new JarDataSource(() -> driver.connect(url, new Properties()));
  }

  @Override public Connection getConnection() throws SQLException {
    return opener.open();
  }

  @Override public Connection getConnection(String user, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the URL holds the credentials");
  }

  @Override public PrintWriter getLogWriter() {
    return null;
  }

  @Override public void setLogWriter(PrintWriter out) {
  }

  @Override public void setLoginTimeout(int seconds) {
  }

  @Override public int getLoginTimeout() {
    return 0;
  }

  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper of " + type);
  }

  @Override public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}

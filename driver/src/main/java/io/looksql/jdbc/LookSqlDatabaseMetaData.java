package io.looksql.jdbc;

import java.sql.SQLException;
import org.apache.calcite.avatica.AvaticaConnection;
import org.apache.calcite.avatica.AvaticaDatabaseMetaData;

/**
 * Avatica's database metadata, telling the truth about LookSQL: NULLs sort low (first when
 * ascending, as Looker sorts them), the URL is the one connected with (secrets masked), the user
 * is the Looker user, and the connection is read-only.
 */
public final class LookSqlDatabaseMetaData extends AvaticaDatabaseMetaData {
  private final AvaticaConnection connection;

  /** Creates the metadata of a connection; called by the driver's factory. */
  public LookSqlDatabaseMetaData(AvaticaConnection connection) {
    super(connection);
    this.connection = connection;
  }

  private LookerConnectionState state() throws SQLException {
    LookerConnectionState s = connection.unwrap(LookerConnectionState.Holder.class).lookerState();
    if (s == null) {
      throw new SQLException("The connection is not open", "08003");
    }
    return s;
  }

  @Override public String getURL() throws SQLException {
    return state().maskedUrl();
  }

  @Override public String getUserName() throws SQLException {
    try {
      return state().userName();
    } catch (RuntimeException e) {
      throw new SQLException("Could not ask Looker who the user is: " + e.getMessage(), "08S01",
          e);
    }
  }

  @Override public boolean nullsAreSortedHigh() {
    return false;
  }

  @Override public boolean nullsAreSortedLow() {
    return true;
  }

  @Override public boolean nullsAreSortedAtStart() {
    return false;
  }

  @Override public boolean nullsAreSortedAtEnd() {
    return false;
  }

  @Override public boolean isReadOnly() {
    return true;
  }

  @Override public boolean supportsTransactions() {
    return false;
  }
}

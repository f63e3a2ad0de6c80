package io.looksql.jdbc;

import io.looksql.catalog.ExecutionSettings;
import io.looksql.catalog.LookerCatalog;
import java.sql.SQLException;
import java.util.function.Supplier;

/** Logs in to Looker for a connection and returns the catalog its user sees. */
interface CatalogConnector {
  /**
   * Returns the login of the identity the settings describe; fails with SQLState 28000 for
   * credentials Looker refused, 08001 when Looker could not be reached.
   */
  Login connect(ConnectionSettings settings, ExecutionSettings execution) throws SQLException;

  /**
   * The catalog a connection's user sees, and that user's name.
   *
   * @param catalog the catalog, closed with the connection
   * @param userName returns the Looker user's e-mail (or name), asked of Looker on first use
   */
  record Login(LookerCatalog catalog, Supplier<String> userName) {
  }
}

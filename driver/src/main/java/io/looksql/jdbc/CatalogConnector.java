package io.looksql.jdbc;

import io.looksql.catalog.ExecutionSettings;
import io.looksql.catalog.LookerCatalog;
import java.sql.SQLException;

/** Logs in to Looker for a connection and returns the catalog its user sees. */
interface CatalogConnector {
  /** Returns the catalog of the identity the settings describe. */
  LookerCatalog connect(ConnectionSettings settings, ExecutionSettings execution)
      throws SQLException;
}

package io.looksql.catalog;

import java.util.Iterator;

/**
 * Streamed rows of one Looker query; closing it releases the HTTP response.
 */
public interface QueryRows extends Iterator<QueryRows.Row>, AutoCloseable {
  /** Closes the underlying response; never throws a checked exception. */
  @Override void close();

  /** One row: the JSON value of each field ({@code String}, {@code Number}, {@code Boolean} or null). */
  @FunctionalInterface
  interface Row {
    /** Returns the value of a field, e.g. {@code orders.status}, or of a custom measure. */
    Object get(String field);
  }
}

package io.looksql.catalog;

import java.util.Iterator;
import java.util.Map;

/**
 * Streamed rows of one Looker query: each row maps a field name to its JSON value ({@code String},
 * {@code Number}, {@code Boolean} or null). Closing it releases the HTTP response.
 */
public interface QueryRows extends Iterator<Map<String, Object>>, AutoCloseable {
  /** Closes the underlying response; never throws a checked exception. */
  @Override void close();
}

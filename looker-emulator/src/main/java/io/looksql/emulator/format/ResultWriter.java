package io.looksql.emulator.format;

import java.io.IOException;

/**
 * Writes a query result in one format as rows arrive; it holds no rows, so a result of any size
 * streams in constant memory.
 */
public interface ResultWriter {
  /** Writes what comes before the first row. */
  void start() throws IOException;

  /** Writes one row; {@code values} holds one value per field, as {@link ColumnReader} returns. */
  void row(Object[] values) throws IOException;

  /** Writes what comes after the last row and flushes; the caller closes the stream. */
  void finish(double runtimeSeconds) throws IOException;
}

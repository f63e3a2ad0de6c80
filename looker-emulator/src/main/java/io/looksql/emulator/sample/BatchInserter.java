package io.looksql.emulator.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Inserts rows into one sample table through a batched prepared statement. */
final class BatchInserter implements AutoCloseable {
  /** Rows per JDBC batch: large enough to amortise round trips, small enough to stay lean. */
  private static final int BATCH_SIZE = 1_000;

  private final SampleTable table;
  private final PreparedStatement statement;
  private int pending;
  private long rowCount;

  BatchInserter(Connection connection, SampleTable table) throws SQLException {
    this.table = table;
    this.statement = connection.prepareStatement(table.insertSql());
  }

  /**
   * Adds a row: one value per column, in column order. Values are Integer, Double, String,
   * BigDecimal, LocalDateTime or null.
   */
  void add(Object... values) throws SQLException {
    if (values.length != table.columns.size()) {
      throw new IllegalArgumentException(table.tableName + " has " + table.columns.size()
          + " columns, got " + values.length + " values");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        // A typed NULL: PostgreSQL rejects an untyped one for non-text columns.
        statement.setNull(i + 1, table.columns.get(i).jdbcType());
      } else {
        statement.setObject(i + 1, values[i]);
      }
    }
    statement.addBatch();
    rowCount++;
    if (++pending == BATCH_SIZE) {
      flush();
    }
  }

  /** Sends the rows added since the last flush. */
  void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      pending = 0;
    }
  }

  /** Returns the number of rows added so far. */
  long rowCount() {
    return rowCount;
  }

  /** Flushes the remaining rows and closes the statement. */
  @Override public void close() throws SQLException {
    try {
      flush();
    } finally {
      statement.close();
    }
  }
}

package io.looksql.emulator.server;

import io.looksql.emulator.format.ColumnReader;
import io.looksql.emulator.format.ResultFormat;
import io.looksql.emulator.format.ResultHeader;
import io.looksql.emulator.format.ResultWriter;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.ResultField;
import io.looksql.emulator.sql.Dialect;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Runs a compiled query and streams its rows to the response as JDBC returns them, so memory does
 * not grow with the number of rows.
 */
final class QueryRunner {
  /** Rows fetched per round trip where the driver streams (PostgreSQL). */
  private static final int FETCH_SIZE = 1000;

  private final DataSource dataSource;
  private final Dialect dialect;

  QueryRunner(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.dialect = dialect;
  }

  /**
   * Runs the query and writes the result. A database error before the first row is a 400 with the
   * database's message; after the body has begun, the connection is dropped.
   */
  void run(ApiRequest request, CompiledQuery query, ResultFormat format, ResultHeader header)
      throws IOException {
    long started = System.nanoTime();
    boolean postgres = "postgres".equals(dialect.name());
    try (Connection c = dataSource.getConnection()) {
      if (postgres) {
        // PostgreSQL uses the fetch size (and so streams) only inside a transaction.
        c.setAutoCommit(false);
      } else if ("h2".equals(dialect.name())) {
        // Without lazy execution H2 materialises the whole result before the first row.
        try (Statement s = c.createStatement()) {
          s.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
      }
      try {
        stream(c, request, query, format, header, started);
      } finally {
        if (postgres) {
          c.rollback();
        }
      }
    } catch (SQLException e) {
      if (request.responseStarted()) {
        throw new ResponseAbortedException(e);
      }
      throw ApiException.of(400, "Error running query: " + e.getMessage());
    }
  }

  private static void stream(Connection c, ApiRequest request, CompiledQuery query,
      ResultFormat format, ResultHeader header, long started) throws SQLException, IOException {
    try (PreparedStatement ps = c.prepareStatement(query.statement().sql(),
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      ps.setFetchSize(FETCH_SIZE);
      List<Object> params = query.statement().params();
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        List<ResultField> fields = query.fields();
        ColumnReader[] readers = readers(rs.getMetaData(), fields);
        // Fetch the first row before answering, so most errors still get a proper error body.
        boolean more = rs.next();
        OutputStream out = request.startStream(format.contentType());
        ResultWriter writer = format.writer(out, header);
        writer.start();
        Object[] values = new Object[readers.length];
        while (more) {
          for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(rs, i + 1);
          }
          writer.row(values);
          more = rs.next();
        }
        writer.finish((System.nanoTime() - started) / 1e9);
        out.close();
      }
    }
  }

  private static ColumnReader[] readers(ResultSetMetaData md, List<ResultField> fields)
      throws SQLException {
    if (md.getColumnCount() < fields.size()) {
      throw new SQLException("The query returns " + md.getColumnCount() + " columns for "
          + fields.size() + " fields");
    }
    ColumnReader[] readers = new ColumnReader[fields.size()];
    for (int i = 0; i < readers.length; i++) {
      readers[i] = ColumnReader.of(fields.get(i).kind(), ColumnReader.sqlType(md, i + 1));
    }
    return readers;
  }
}

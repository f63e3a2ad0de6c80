package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.format.ColumnReader;
import io.looksql.emulator.format.ResultFormat;
import io.looksql.emulator.format.ResultHeader;
import io.looksql.emulator.format.ResultWriter;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.ResultField;
import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlFragment;
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
  /** {@code source} of the queries run by the synchronous run endpoints. */
  static final String API_SOURCE = "api4";

  /** Opens the stream a result is written to, once its first row is at hand. */
  @FunctionalInterface
  interface BodyOpener {
    OutputStream open(String contentType) throws IOException;
  }

  private final DataSource dataSource;
  private final Dialect dialect;
  private final RunningQueries running;
  private final FaultInjector faults;

  QueryRunner(DataSource dataSource, Dialect dialect, RunningQueries running, FaultInjector faults) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    this.running = running;
    this.faults = faults;
  }

  /** Returns the database's dialect. */
  Dialect dialect() {
    return dialect;
  }

  /**
   * Returns the running-query entry of a synchronous run, to pass to {@link #run}.
   *
   * @param queryJson the OpenAPI {@code Query} run, for {@code GET /running_queries}
   */
  RunningQuery track(ApiRequest request, CompiledQuery query, ResultHeader header,
      ObjectNode queryJson) {
    return new RunningQuery(running.newId(), RunningQueries.newTaskId(), request.user(),
        queryJson, header.sql(), API_SOURCE, query.model().connection(), header.ranAt());
  }

  /**
   * Runs the query and writes the result. A database error before the first row is a 400 with the
   * database's message (Looker's "killed" message for a killed query); after the body has begun,
   * the connection is dropped. While it runs the query is listed as running and can be killed.
   */
  void run(ApiRequest request, CompiledQuery query, ResultFormat format, ResultHeader header,
      RunningQuery rq) throws IOException {
    long delayMs = faults.dbDelayMs(request.method(), request.requestPath());
    running.add(rq);
    try {
      execute(query, format, header, request::startStream, rq, delayMs);
    } catch (SQLException e) {
      if (request.responseStarted()) {
        throw new ResponseAbortedException(e);
      }
      throw ApiException.of(400, rq.killed() ? QueryTask.KILLED_MESSAGE
          : "Error running query: " + e.getMessage());
    } finally {
      running.remove(rq);
    }
  }

  /**
   * Runs the query on a pooled connection and writes the result to the stream {@code body} opens
   * after the first row is fetched (or, for an empty result, after the query ran).
   *
   * @param rq binds the statement while it runs, so a kill cancels it
   * @param dbDelayMs extra time the database spends in the statement ({@code db_delay} fault)
   * @throws SQLException from the database, including a cancelled statement (state 57014)
   */
  void execute(CompiledQuery query, ResultFormat format, ResultHeader header, BodyOpener body,
      RunningQuery rq, long dbDelayMs) throws SQLException, IOException {
    long started = System.nanoTime();
    boolean postgres = "postgres".equals(dialect.name());
    SqlFragment statement = dbDelayMs > 0
        ? DbDelay.wrap(query.statement(), dialect, dbDelayMs) : query.statement();
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
        stream(c, statement, query.fields(), body, format, header, started, rq);
      } finally {
        if (postgres) {
          c.rollback();
        }
      }
    }
  }

  private static void stream(Connection c, SqlFragment statement, List<ResultField> fields,
      BodyOpener body, ResultFormat format, ResultHeader header, long started, RunningQuery rq)
      throws SQLException, IOException {
    try (PreparedStatement ps = c.prepareStatement(statement.sql(),
        ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      rq.attach(ps);
      try {
        ps.setFetchSize(FETCH_SIZE);
        List<Object> params = statement.params();
        for (int i = 0; i < params.size(); i++) {
          ps.setObject(i + 1, params.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          ColumnReader[] readers = readers(rs.getMetaData(), fields);
          // Fetch the first row before answering, so most errors still get a proper error body.
          boolean more = rs.next();
          OutputStream out = body.open(format.contentType());
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
      } finally {
        rq.detach();
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

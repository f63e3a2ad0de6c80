package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

/**
 * A query from the time it is accepted until its statement is done: who runs it, what it is, and
 * the handle that kills it. Listed by {@code GET /running_queries}, killed by
 * {@code DELETE /running_queries/{query_task_id}}. Thread-safe.
 */
final class RunningQuery {
  /** SQLState of a cancelled statement (SQL standard "query canceled"). */
  static final String CANCELLED_STATE = "57014";

  private final String id;
  private final String queryTaskId;
  private final ApiUser user;
  private final ObjectNode query;
  private final String sql;
  private final String source;
  private final String connectionName;
  private final Instant createdAt;
  private final long createdNanos = System.nanoTime();
  private Statement statement;
  private boolean started;
  private boolean killed;
  private boolean finished;

  /**
   * Creates a query not yet started.
   *
   * @param user the user it runs as; only they (or an admin) see and kill it
   * @param query its OpenAPI {@code Query}
   * @param sql the SQL it runs, with literals written in
   * @param source where it came from ({@code api4} for the run endpoints, else the task's source)
   * @param connectionName the model's connection
   */
  RunningQuery(String id, String queryTaskId, ApiUser user, ObjectNode query, String sql,
      String source, String connectionName, Instant createdAt) {
    this.id = id;
    this.queryTaskId = queryTaskId;
    this.user = user;
    this.query = query;
    this.sql = sql;
    this.source = source;
    this.connectionName = connectionName;
    this.createdAt = createdAt;
  }

  String id() {
    return id;
  }

  String queryTaskId() {
    return queryTaskId;
  }

  ApiUser user() {
    return user;
  }

  ObjectNode query() {
    return query;
  }

  String sql() {
    return sql;
  }

  String source() {
    return source;
  }

  String connectionName() {
    return connectionName;
  }

  Instant createdAt() {
    return createdAt;
  }

  /** Returns the seconds since it was accepted. */
  double runtimeSeconds() {
    return (System.nanoTime() - createdNanos) / 1e9;
  }

  /** Returns whether its statement has started (else it is waiting for a worker). */
  synchronized boolean started() {
    return started;
  }

  /** Returns whether it was killed. */
  synchronized boolean killed() {
    return killed;
  }

  /**
   * Binds the statement about to run, so that a kill cancels it.
   *
   * @throws SQLException (state {@value #CANCELLED_STATE}) if it was killed before it started
   */
  synchronized void attach(Statement s) throws SQLException {
    if (killed) {
      throw new SQLException("The query was killed before it started", CANCELLED_STATE);
    }
    started = true;
    statement = s;
  }

  /** Unbinds the statement, before it is closed; a later kill finds nothing to cancel. */
  synchronized void detach() {
    statement = null;
    finished = true;
  }

  /**
   * Kills the query: cancels its statement if it runs, or keeps it from starting.
   *
   * @return false if it had already finished or been killed, as Looker answers 404 then
   */
  synchronized boolean kill() {
    if (finished || killed) {
      return false;
    }
    killed = true;
    if (statement != null) {
      try {
        // Under the lock, so the statement cannot be closed and its connection reused meanwhile.
        statement.cancel();
      } catch (SQLException e) {
        // The statement ended on its own between the check and the cancel: nothing to stop.
      }
    }
    return true;
  }
}

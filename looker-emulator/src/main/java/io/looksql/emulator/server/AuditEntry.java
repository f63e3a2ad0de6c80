package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One query run, as {@link QueryAudit} records it. Its status moves from {@code running} to
 * {@code complete}, {@code error} or {@code killed} exactly once.
 */
final class AuditEntry {
  private final String id;
  private final QueryCaller caller;
  private final String model;
  private final String explore;
  private final String queryId;
  private final String resultFormat;
  private final String sql;
  private final Instant startedAt;
  private Instant finishedAt;
  private String status = "running";
  private String error;

  AuditEntry(String id, QueryCaller caller, String model, String explore, String queryId,
      String resultFormat, String sql, Instant startedAt) {
    this.id = id;
    this.caller = caller;
    this.model = model;
    this.explore = explore;
    this.queryId = queryId;
    this.resultFormat = resultFormat;
    this.sql = sql;
    this.startedAt = startedAt;
  }

  /** Returns the entry's id (unique within the server's life). */
  String id() {
    return id;
  }

  /** Returns who ran the query. */
  QueryCaller caller() {
    return caller;
  }

  /** Returns {@code running}, {@code complete}, {@code error} or {@code killed}. */
  synchronized String status() {
    return status;
  }

  /** Marks the run finished with a final status; later calls change nothing. */
  synchronized void finish(String finalStatus, String errorMessage, Instant at) {
    if (finishedAt == null) {
      status = finalStatus;
      error = errorMessage;
      finishedAt = at;
    }
  }

  /** Returns the entry as {@code /emulator/history} shows it. */
  synchronized ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("id", id);
    n.put("user_id", caller.userId());
    n.put("sudo_user_id", caller.sudoUserId());
    n.put("app_id", caller.appId());
    n.put("user_agent", caller.userAgent());
    n.put("model", model);
    n.put("explore", explore);
    n.put("query_id", queryId);
    n.put("result_format", resultFormat);
    n.put("sql", sql);
    n.put("started_at", startedAt.toString());
    n.put("finished_at", finishedAt == null ? null : finishedAt.toString());
    n.put("status", status);
    n.put("error", error);
    return n;
  }
}

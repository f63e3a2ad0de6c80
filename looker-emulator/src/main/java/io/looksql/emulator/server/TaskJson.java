package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The OpenAPI bodies of the async query endpoints: {@code QueryTask} and {@code RunningQueries}. */
final class TaskJson {
  private TaskJson() {
  }

  /** Returns the OpenAPI {@code QueryTask} of a task, with its current status. */
  static ObjectNode queryTask(QueryTask task, String baseUrl) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("show", "cancel"));
    n.put("id", task.id());
    n.put("query_id", task.query().id());
    n.set("query", QueryStore.toJson(task.query(), baseUrl));
    TaskOptions o = task.options();
    n.put("generate_links", o.generateLinks());
    n.put("force_production", o.forceProduction());
    n.put("path_prefix", o.pathPrefix());
    n.put("cache", o.cache());
    n.put("server_table_calcs", o.serverTableCalcs());
    n.put("cache_only", o.cacheOnly());
    // The emulator has no result cache, so there is no cache key.
    n.putNull("cache_key");
    TaskStatus status = task.status();
    n.put("status", status.apiName());
    n.put("source", task.running().source());
    n.put("runtime", task.runtime());
    n.put("rebuild_pdts", o.rebuildPdts());
    n.put("result_source", status == TaskStatus.COMPLETE ? "query" : null);
    n.put("look_id", task.body().lookId());
    n.put("dashboard_id", task.body().dashboardId());
    n.put("result_format", task.format().apiName());
    return n;
  }

  /** Returns the OpenAPI {@code RunningQueries} of a running query. */
  static ObjectNode runningQuery(RunningQuery q, String baseUrl, String dialect) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("kill"));
    n.put("id", q.id());
    n.set("user", userPublic(q.user(), baseUrl));
    n.set("query", q.query());
    n.putNull("sql_query");
    n.putNull("look");
    n.put("created_at", q.createdAt().toString());
    n.putNull("completed_at");
    n.put("query_id", q.query().path("id").isTextual() ? q.query().get("id").asText() : null);
    n.put("source", q.source());
    n.putNull("node_id");
    n.put("slug", q.query().path("slug").isTextual() ? q.query().get("slug").asText() : null);
    n.put("query_task_id", q.queryTaskId());
    n.putNull("cache_key");
    n.put("connection_name", q.connectionName());
    n.put("dialect", dialect);
    n.putNull("connection_id");
    n.putNull("message");
    n.put("status", q.started() ? TaskStatus.RUNNING.apiName() : TaskStatus.ADDED.apiName());
    n.put("runtime", q.runtimeSeconds());
    n.put("sql", q.sql());
    n.putNull("sql_interface_sql");
    return n;
  }

  /** Returns the OpenAPI {@code UserPublic} of a user. */
  static ObjectNode userPublic(ApiUser u, String baseUrl) {
    ObjectNode n = Json.object();
    n.set("can", Json.can("show"));
    n.put("id", u.id());
    n.put("first_name", u.firstName());
    n.put("last_name", u.lastName());
    n.put("display_name", u.displayName());
    n.put("url", baseUrl + ApiServer.API_PREFIX + "/users/" + u.id());
    return n;
  }

  /**
   * Returns the body of a failed task as the {@code json_detail} format carries SQL errors: an
   * {@code errors} list and no data.
   */
  static ObjectNode detailError(QueryTask task) {
    ObjectNode n = Json.object();
    n.put("id", task.query().id());
    ObjectNode error = Json.object();
    error.put("message", task.errorMessage());
    error.putNull("message_details");
    error.putNull("sql_error_loc");
    error.put("level", "error");
    n.putArray("errors").add(error);
    n.putArray("data");
    n.put("sql", task.running().sql());
    return n;
  }
}

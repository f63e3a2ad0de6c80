package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.format.ResultFormat;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The async query endpoints: {@code POST /query_tasks}, {@code GET /query_tasks/{id}},
 * {@code GET /query_tasks/{id}/results}, {@code GET /query_tasks/multi_results},
 * {@code GET /running_queries} and {@code DELETE /running_queries/{query_task_id}}. A task or
 * running query is visible only to the user it runs as and to admins; to anyone else it does not
 * exist (404, or {@code missing} in multi results).
 */
final class QueryTaskRoutes {
  /** The {@code result_format} values of {@code CreateQueryTask} in Looker's spec. */
  private static final Set<String> SPEC_FORMATS = Set.of("inline_json", "json", "json_detail",
      "json_fe", "json_bi", "csv", "html", "md", "txt", "xlsx", "gsxml", "sql", "odc");

  private final QueryRoutes queries;
  private final QueryRunner runner;
  private final RunningQueries running;
  private final QueryTasks tasks;
  private final FaultInjector faults;
  private final Clock clock;
  private final String baseUrl;
  private final QueryAudit audit;

  QueryTaskRoutes(QueryRoutes queries, QueryRunner runner, RunningQueries running,
      QueryTasks tasks, FaultInjector faults, Clock clock, String baseUrl, QueryAudit audit) {
    this.audit = audit;
    this.queries = queries;
    this.runner = runner;
    this.running = running;
    this.tasks = tasks;
    this.faults = faults;
    this.clock = clock;
    this.baseUrl = baseUrl;
  }

  void register(Router router) {
    String tasksPath = ApiServer.API_PREFIX + "/query_tasks";
    router.add("POST", tasksPath, this::create);
    // Before {query_task_id}, which would match it too.
    router.add("GET", tasksPath + "/multi_results", this::multiResults);
    router.add("GET", tasksPath + "/{query_task_id}",
        r -> r.sendJson(200, TaskJson.queryTask(task(r), baseUrl)));
    router.add("GET", tasksPath + "/{query_task_id}/results", this::results);
    router.add("GET", ApiServer.API_PREFIX + "/running_queries", this::runningQueries);
    router.add("DELETE", ApiServer.API_PREFIX + "/running_queries/{query_task_id}", this::kill);
  }

  private void create(ApiRequest request) throws Exception {
    CreateQueryTask body = request.bodyAs(CreateQueryTask.class);
    ResultFormat format = format(body);
    QueryStore.StoredQuery stored = queries.storedQuery(body.queryId());
    if (stored == null) {
      throw ApiException.of(404, "Query " + body.queryId() + " not found");
    }
    PreparedQuery prepared = queries.prepare(request, stored.query(), stored.id(),
        format.runsQuery());
    String sql = prepared.compiled().sqlWithLiterals();
    String source = body.source() == null || body.source().isEmpty()
        ? QueryRunner.API_SOURCE : body.source();
    RunningQuery rq = new RunningQuery(running.newId(), RunningQueries.newTaskId(), request.user(),
        QueryStore.toJson(stored, baseUrl), sql, source, prepared.compiled().model().connection(),
        clock.instant());
    QueryTask task = new QueryTask(rq, stored, format, TaskOptions.of(request), body);
    long delayMs = faults.dbDelayMs(request.method(), request.requestPath());
    QueryTasks.Job job = format.runsQuery()
        ? out -> runner.execute(prepared.compiled(), format, prepared.header(), type -> out, rq, delayMs)
        : out -> out.write(sql.getBytes(StandardCharsets.UTF_8));
    // Audited like a synchronous run: the sql format runs nothing, so it is not recorded.
    AuditEntry entry = format.runsQuery() ? audit.start(QueryCaller.of(request),
        prepared.compiled(), stored.id(), format.apiName())
        : null;
    tasks.submit(task, job, finished -> {
      if (entry != null) {
        audit(entry, finished);
      }
    });
    request.sendJson(200, TaskJson.queryTask(task, baseUrl));
  }

  /** Records how a task ended in its audit entry. */
  private void audit(AuditEntry entry, QueryTask task) {
    switch (task.status()) {
      case COMPLETE -> audit.complete(entry);
      case KILLED -> audit.kill(entry);
      default -> audit.fail(entry, task.errorMessage());
    }
  }

  private static ResultFormat format(CreateQueryTask body) {
    if (body.queryId() == null || body.queryId().isEmpty()) {
      throw ApiException.validation("query_id", "missing_field", "'query_id' is required.");
    }
    String name = body.resultFormat();
    if (name == null || name.isEmpty()) {
      throw ApiException.validation("result_format", "missing_field", "'result_format' is required.");
    }
    ResultFormat format = ResultFormat.of(name);
    if (format == null) {
      throw ApiException.validation("result_format", "invalid", SPEC_FORMATS.contains(name)
          ? "Result format '" + name + "' is not supported by the emulator; supported: "
              + String.join(", ", ResultFormat.supported())
          : "'" + name + "' is not a valid result_format.");
    }
    return format;
  }

  private QueryTask task(ApiRequest request) {
    QueryTask task = tasks.get(request.path("query_task_id"), request.user());
    if (task == null) {
      throw ApiException.notFound();
    }
    return task;
  }

  /**
   * Answers 202 while the task runs; the result with 200 when complete; 404 when unknown or
   * expired; for a failed task, Looker's SQL error convention: {@code json_detail} is a 200 with
   * {@code errors}, other formats a 400 with the message.
   */
  private void results(ApiRequest request) throws Exception {
    QueryTask task = task(request);
    TaskStatus status = task.status();
    if (!status.finished()) {
      ObjectNode pending = Json.object();
      pending.put("message", "The query is not finished");
      pending.put("status", status.apiName());
      request.sendJson(202, pending);
      return;
    }
    if (status == TaskStatus.COMPLETE) {
      TaskResult result = task.result();
      if (result == null) {
        throw ApiException.of(404, "The results of query task " + task.id() + " have expired");
      }
      try (InputStream in = result.open()) {
        OutputStream out = request.startStream(task.format().contentType());
        in.transferTo(out);
        out.close();
      }
      return;
    }
    if (task.format() == ResultFormat.JSON_DETAIL) {
      request.sendJson(200, TaskJson.detailError(task));
      return;
    }
    throw ApiException.of(400, task.errorMessage());
  }

  private void multiResults(ApiRequest request) throws Exception {
    String param = request.query("query_task_ids");
    if (param == null || param.isBlank()) {
      throw ApiException.of(400, "Missing required parameter 'query_task_ids'");
    }
    Set<String> unique = new LinkedHashSet<>();
    for (String id : param.split(",")) {
      if (!id.isBlank()) {
        unique.add(id.trim());
      }
    }
    List<String> ids = new ArrayList<>(unique);
    List<QueryTask> found = new ArrayList<>();
    for (String id : ids) {
      found.add(tasks.get(id, request.user()));
    }
    MultiResults.write(request.startStream("application/json"), ids, found);
  }

  private void runningQueries(ApiRequest request) throws Exception {
    ArrayNode list = Json.array();
    for (RunningQuery q : running.visibleTo(request.user())) {
      list.add(TaskJson.runningQuery(q, baseUrl, runner.dialect().name()));
    }
    request.sendJson(200, list);
  }

  private void kill(ApiRequest request) throws Exception {
    RunningQuery q = running.get(request.path("query_task_id"), request.user());
    if (q == null || !q.kill()) {
      throw ApiException.notFound();
    }
    request.sendNoContent();
  }
}

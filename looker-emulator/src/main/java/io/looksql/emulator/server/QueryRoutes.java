package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.looksql.emulator.format.ResultFormat;
import io.looksql.emulator.format.ResultHeader;
import io.looksql.emulator.query.CompiledQuery;
import io.looksql.emulator.query.QueryContext;
import io.looksql.emulator.query.QueryException;
import io.looksql.emulator.query.ResultField;
import io.looksql.emulator.query.WriteQuery;
import io.looksql.emulator.users.Permissions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /queries}, {@code GET /queries/{id}}, {@code /queries/slug/{slug}} and the run endpoints. */
final class QueryRoutes {
  private final QueryPlanner planner;
  private final QueryRunner runner;
  private final QueryStore store = new QueryStore();
  private final String projectName;
  private final Clock clock;
  private final String baseUrl;
  private final QueryAudit audit;

  QueryRoutes(ServerConfig config, String baseUrl, QueryRunner runner, QueryAudit audit) {
    this.planner = config.planner();
    this.runner = runner;
    this.projectName = config.project().name();
    this.clock = config.clock();
    this.baseUrl = baseUrl;
    this.audit = audit;
  }

  void register(Router router) {
    String queries = ApiServer.API_PREFIX + "/queries";
    router.add("POST", queries, this::create);
    router.add("POST", queries + "/run/{result_format}", this::runInline);
    router.add("GET", queries + "/slug/{slug}", r -> sendQuery(r, stored(r, store.bySlug(r.path("slug")))));
    router.add("GET", queries + "/{query_id}", r -> sendQuery(r, stored(r, store.byId(r.path("query_id")))));
    router.add("GET", queries + "/{query_id}/run/{result_format}", this::runStored);
  }

  private void create(ApiRequest request) throws Exception {
    WriteQuery query = body(request);
    plan(query, null, request.user().queryContext());
    sendQuery(request, store.save(query));
  }

  private void runInline(ApiRequest request) throws Exception {
    ResultFormat format = format(request);
    WriteQuery query = body(request);
    run(request, format, query, null);
  }

  private void runStored(ApiRequest request) throws Exception {
    ResultFormat format = format(request);
    QueryStore.StoredQuery stored = stored(request, store.byId(request.path("query_id")));
    run(request, format, stored.query(), stored.id());
  }

  private void run(ApiRequest request, ResultFormat format, WriteQuery query, String queryId)
      throws Exception {
    PreparedQuery prepared = prepare(request, query, queryId, format.runsQuery());
    if (!format.runsQuery()) {
      request.sendText(200, format.contentType(), prepared.compiled().sqlWithLiterals());
      return;
    }
    // Looker saves an inline query as it runs it, so its running entry names the saved query.
    QueryStore.StoredQuery stored = queryId != null ? stored(request, store.byId(queryId))
        : store.save(query);
    RunningQuery rq = runner.track(request, prepared.compiled(), prepared.header(),
        QueryStore.toJson(stored, baseUrl));
    audit.record(QueryCaller.of(request), prepared.compiled(), queryId, request.path("result_format"),
        rq::killed, () -> runner.run(request, prepared.compiled(), format, prepared.header(), rq));
  }

  /**
   * Compiles a query for a run requested by {@code request} (its {@code limit} parameter
   * applies, and the caller's model access and user attributes); 404 or 422 when Looker would
   * refuse it.
   *
   * @param queryId the stored query's id, or null for an inline query
   * @param runs whether the query is to run (else only its SQL is shown): 422 when the database
   *     can't run it
   */
  PreparedQuery prepare(ApiRequest request, WriteQuery query, String queryId, boolean runs) {
    CompiledQuery compiled = plan(query, request.queryLong("limit"), request.user().queryContext());
    if (runs && compiled.unrunnable() != null) {
      throw ApiException.validation("fields", "invalid", compiled.unrunnable());
    }
    boolean seeLookml = request.user().access().has(Permissions.SEE_LOOKML, compiled.model().name());
    return new PreparedQuery(compiled, header(compiled, query, queryId, seeLookml));
  }

  /** Returns the stored query with this id, or null. */
  QueryStore.StoredQuery storedQuery(String id) {
    return store.byId(id);
  }

  /**
   * Returns what the result formats say about a query besides its rows.
   *
   * @param seeLookml whether the caller may see LookML: without it, the fields' {@code sql} is
   *     null, as in explore metadata
   */
  private ResultHeader header(CompiledQuery compiled, WriteQuery query, String queryId,
      boolean seeLookml) {
    FieldMetadata metadata = new FieldMetadata(projectName, compiled.explore());
    List<ObjectNode> fields = new ArrayList<>();
    for (ResultField f : compiled.fields()) {
      // A result column is named as the query asked for it; custom fields carry no view prefix.
      ObjectNode field = metadata.of(f.view(), f.field(), f.dynamic()).put("name", f.name());
      if (!seeLookml) {
        LookmlRedaction.field(field);
      }
      fields.add(field);
    }
    return new ResultHeader(compiled.fields(), fields, compiled.sqlWithLiterals(), queryId,
        compiled.model().name(), compiled.explore().name(), ExploreMetadata.label(compiled.explore()),
        compiled.explore().description(),
        query.filters() == null ? Map.of() : query.filters(), query.filterExpression(),
        (compiled.timeZone() == null ? ZoneOffset.UTC : compiled.timeZone()).getId(),
        clock.instant());
  }

  private CompiledQuery plan(WriteQuery query, Long limitOverride, QueryContext context) {
    try {
      return planner.plan(query, limitOverride, context);
    } catch (QueryException e) {
      throw e.field() == null
          ? ApiException.of(e.status(), e.getMessage())
          : ApiException.validation(e.field(), e.code(), e.getMessage());
    }
  }

  private static ResultFormat format(ApiRequest request) {
    String name = request.path("result_format");
    ResultFormat format = ResultFormat.of(name);
    if (format == null) {
      throw ApiException.of(400, "Unsupported result format '" + name + "'; supported: "
          + String.join(", ", ResultFormat.supported()));
    }
    return format;
  }

  private static WriteQuery body(ApiRequest request) throws Exception {
    WriteQuery query = request.bodyAs(WriteQuery.class);
    if (query == null) {
      throw ApiException.of(400, "Request body is not a JSON object");
    }
    if (query.model() == null || query.model().isEmpty()) {
      throw ApiException.validation("model", "missing_field", "'model' is required.");
    }
    if (query.view() == null || query.view().isEmpty()) {
      throw ApiException.validation("view", "missing_field", "'view' is required.");
    }
    return query;
  }

  /** Returns a stored query; 404 when there is none or its model is hidden from the caller. */
  private static QueryStore.StoredQuery stored(ApiRequest request, QueryStore.StoredQuery stored) {
    if (stored == null || !request.user().canSeeModel(stored.query().model())) {
      throw ApiException.notFound();
    }
    return stored;
  }

  private void sendQuery(ApiRequest request, QueryStore.StoredQuery stored) throws Exception {
    request.sendJson(200, QueryStore.toJson(stored, baseUrl));
  }
}

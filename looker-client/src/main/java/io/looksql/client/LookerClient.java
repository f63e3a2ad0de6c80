package io.looksql.client;

import io.looksql.client.model.ApiSession;
import io.looksql.client.model.ApiVersion;
import io.looksql.client.model.CreateQueryTask;
import io.looksql.client.model.LookmlModel;
import io.looksql.client.model.LookmlModelExplore;
import io.looksql.client.model.Query;
import io.looksql.client.model.QueryTask;
import io.looksql.client.model.RunningQueries;
import io.looksql.client.model.User;
import io.looksql.client.model.WriteQuery;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client for the Looker API 4.0, acting as one Looker user: the API user of its configuration,
 * or, for a view returned by {@link #sudo(String)}, a user the API user impersonates.
 *
 * <p>Thread-safe: share one client (and its views) between threads. It logs in on first use, one
 * thread at a time, and again ten seconds before the token expires or when the server rejects
 * it. Every call throws {@link LookerApiException} when it fails.
 *
 * <pre>{@code
 * try (LookerClient looker = LookerClient.create(LookerClientConfig.builder()
 *     .baseUrl("https://example.looker.com").clientId(id).clientSecret(secret).build())) {
 *   LookerClient jane = looker.sudo("jane@example.com");
 *   try (QueryRows rows = jane.runQuery(WriteQuery.builder("ecommerce", "orders")
 *       .fields("orders.status", "orders.count").build())) {
 *     rows.forEachRemaining(row -> System.out.println(row.get("orders.count")));
 *   }
 * }
 * }</pre>
 */
public final class LookerClient implements AutoCloseable {
  private final ClientCore core;
  private final TokenSession session;
  private final String sudoUserId;
  private final Queries queries;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LookerClient(ClientCore core, TokenSession session, String sudoUserId) {
    this.core = core;
    this.session = session;
    this.sudoUserId = sudoUserId;
    this.queries = new Queries(this);
  }

  /** Creates a client; no call is made until the first request (see {@link #login()}). */
  public static LookerClient create(LookerClientConfig config) {
    return new LookerClient(new ClientCore(Objects.requireNonNull(config)), null, null);
  }

  /**
   * Returns a value as JSON, written exactly as this client writes request bodies (snake_case
   * properties in sorted order, empty ones left out): for a {@link WriteQuery}, the body
   * {@link #runQuery(WriteQuery)} sends.
   */
  public static String toJson(Object value) {
    return new String(JsonCodec.INSTANCE.write(value), StandardCharsets.UTF_8);
  }

  /** Returns the configuration. */
  public LookerClientConfig config() {
    return core.transport().config();
  }

  /** Returns the id of the user this view is sudo'ed to, or null for the API user. */
  public String sudoUserId() {
    return sudoUserId;
  }

  /** Logs in now (if there is no live token yet), to check the credentials early. */
  public void login() {
    checkOpen();
    session().token();
  }

  /**
   * Returns a view of this client that acts as another user. {@code POST /login/{user_id} ->
   * AccessToken}, made with the API user's token (an admin's); an email is first looked up with
   * {@link #fetchUserByEmail(String)}. Tokens are cached per user and shared by all views of that
   * user; the call to log in happens on the view's first request.
   */
  public LookerClient sudo(String userIdOrEmail) {
    checkOpen();
    Objects.requireNonNull(userIdOrEmail, "userIdOrEmail");
    LookerClient api = sudoUserId == null ? this : new LookerClient(core, null, null);
    String id = userIdOrEmail.contains("@")
        ? api.fetchUserByEmail(userIdOrEmail).id() : userIdOrEmail;
    return new LookerClient(core, core.sudoSession(id), id);
  }

  /**
   * Revokes this identity's token ({@code DELETE /logout}); on the API user's client, the tokens of
   * all sudo views first. A later call logs in again.
   */
  public void logout() {
    checkOpen();
    // Sessions stay cached, only their tokens go: every view of a user keeps sharing one session.
    if (sudoUserId == null) {
      for (TokenSession s : core.sudoSessions()) {
        revoke(s);
      }
    }
    revoke(session());
  }

  private void revoke(TokenSession s) {
    String token = s == null ? null : s.takeForLogout();
    if (token != null) {
      send(ApiCall.delete("/logout"), TokenSession.fixed(token), Responses.status());
    }
  }

  /** {@code GET /versions -> ApiVersion}; needs no login. */
  public ApiVersion fetchVersions() {
    checkOpen();
    return core.transport().send(ApiCall.get("/versions"), null, Responses.json(ApiVersion.class));
  }

  /** {@code GET /user -> User}: the user this client acts as. */
  public User fetchMe() {
    return get("/user", User.class);
  }

  /** {@code GET /users/{user_id} -> User}. */
  public User fetchUser(String userId) {
    return get("/users/" + ApiCall.segment(userId), User.class);
  }

  /** {@code GET /users/credential/email/{credential_id} -> User}: the user with this login email. */
  public User fetchUserByEmail(String email) {
    return get("/users/credential/email/" + ApiCall.segment(email), User.class);
  }

  /**
   * {@code GET /users/search -> User[]}. Criteria are the endpoint's parameters, e.g.
   * {@code Map.of("email", "%@example.com", "is_disabled", "false")}; strings match
   * case-insensitively with {@code %} and {@code _} wildcards.
   */
  public List<User> searchUsers(Map<String, String> criteria) {
    ApiCall call = ApiCall.get("/users/search");
    for (Map.Entry<String, String> e : criteria.entrySet()) {
      call = call.with(e.getKey(), e.getValue());
    }
    return send(call, Responses.json(JsonCodec.INSTANCE.listOf(User.class)));
  }

  /** {@code GET /session -> ApiSession}: whether this session is sudo'ed, and its workspace. */
  public ApiSession fetchSession() {
    return get("/session", ApiSession.class);
  }

  /** {@code GET /lookml_models -> LookmlModel[]}: the models this user can see, with explore names. */
  public List<LookmlModel> fetchModels() {
    return send(ApiCall.get("/lookml_models"),
        Responses.json(JsonCodec.INSTANCE.listOf(LookmlModel.class)));
  }

  /** {@code GET /lookml_models/{lookml_model_name} -> LookmlModel}. */
  public LookmlModel fetchModel(String model) {
    return get("/lookml_models/" + ApiCall.segment(model), LookmlModel.class);
  }

  /** {@code GET /lookml_models/{lookml_model_name}/explores/{explore_name} -> LookmlModelExplore}. */
  public LookmlModelExplore fetchExplore(String model, String explore) {
    return get("/lookml_models/" + ApiCall.segment(model) + "/explores/"
        + ApiCall.segment(explore), LookmlModelExplore.class);
  }

  /**
   * {@code POST /queries -> Query}: saves a query and returns it with its id; saving an identical
   * query returns the existing one, which is why this call is retried like a read.
   */
  public Query createQuery(WriteQuery query) {
    return send(ApiCall.postJson("/queries", JsonCodec.INSTANCE.write(query), true),
        Responses.json(Query.class));
  }

  /** {@code GET /queries/{query_id} -> Query}. */
  public Query fetchQuery(String queryId) {
    return get("/queries/" + ApiCall.segment(queryId), Query.class);
  }

  /** {@code GET /queries/slug/{slug} -> Query}. */
  public Query fetchQueryBySlug(String slug) {
    return get("/queries/slug/" + ApiCall.segment(slug), Query.class);
  }

  /** {@code POST /queries/run/json_bi -> JsonBi}: runs a query without saving it, rows streamed. */
  public QueryRows runQuery(WriteQuery query) {
    return queries.run(query, null, null);
  }

  /**
   * {@code POST /queries/run/json_bi -> JsonBi}, rows streamed; another thread can stop the call
   * with {@code abort}, while the response is awaited or the rows are read. Aborting does not stop
   * the query in Looker: {@link #cancelRunningQuery(WriteQuery)} does.
   */
  public QueryRows runQuery(WriteQuery query, AbortSignal abort) {
    return queries.run(query, null, Objects.requireNonNull(abort, "abort"));
  }

  /**
   * {@code POST /queries/run/json_bi -> JsonBi}, allowing {@code timeout} until the first byte
   * (Looker sends nothing until the query has run), instead of the configured request timeout.
   */
  public QueryRows runQuery(WriteQuery query, Duration timeout) {
    return queries.run(query, Objects.requireNonNull(timeout, "timeout"), null);
  }

  /** {@code GET /queries/{query_id}/run/json_bi -> JsonBi}: runs a saved query, rows streamed. */
  public QueryRows runQuery(String queryId) {
    return queries.run(queryId, null);
  }

  /**
   * {@code POST /queries/run/{result_format} -> String}: runs a query and returns the body
   * unparsed, as a stream the caller must close.
   */
  public InputStream runQueryRaw(WriteQuery query, ResultFormat format) {
    return queries.raw(query, format);
  }

  /** {@code POST /queries/run/sql -> String}: the SQL Looker would run for a query. */
  public String fetchSql(WriteQuery query) {
    return queries.sql(query);
  }

  /**
   * {@code POST /query_tasks -> QueryTask}: starts a saved query in the background, its results
   * in {@code json_bi}. Not retried once the server may have it, so it never starts twice.
   */
  public QueryTask createQueryTask(String queryId) {
    return send(ApiCall.postJson("/query_tasks", JsonCodec.INSTANCE.write(
        new CreateQueryTask(queryId, ResultFormat.JSON_BI.apiName(), null, null)), false),
        Responses.json(QueryTask.class));
  }

  /** {@code GET /query_tasks/{query_task_id} -> QueryTask}: the task's status. */
  public QueryTask fetchQueryTask(String taskId) {
    return get("/query_tasks/" + ApiCall.segment(taskId), QueryTask.class);
  }

  /**
   * {@code GET /query_tasks/{query_task_id}/results -> JsonBi}: the rows if the task has finished,
   * empty while it runs (202).
   */
  public Optional<QueryRows> fetchQueryTaskResults(String taskId) {
    return queries.taskResults(taskId);
  }

  /**
   * Polls {@link #fetchQueryTaskResults(String)} until the task finishes, with growing pauses.
   *
   * @throws LookerApiException with status 0 and a {@link java.util.concurrent.TimeoutException}
   *     cause if it has not finished within {@code timeout}; the task keeps running (see
   *     {@link #cancelQueryTask(String)})
   */
  public QueryRows awaitQueryTask(String taskId, Duration timeout) {
    return queries.await(taskId, timeout);
  }

  /**
   * {@code DELETE /running_queries/{query_task_id}}: cancels a running query task. Returns false
   * if the server no longer knows it as running (404: finished, cancelled or unknown).
   */
  public boolean cancelQueryTask(String taskId) {
    return queries.cancel(taskId);
  }

  /**
   * Kills this client's user's runs of a query, e.g. one run inline whose call was aborted:
   * {@code POST /queries} (an equal query returns the one Looker saved when it ran it),
   * {@code GET /running_queries}, then {@code DELETE /running_queries/{query_task_id}} for each
   * run of that query by this user. Returns how many were killed; 0 if none was running (any
   * more). Runs of an equal query by the same user at the same time are killed too: Looker lists
   * nothing else that tells them apart.
   */
  public int cancelRunningQuery(WriteQuery query) {
    return queries.cancelRunning(query);
  }

  /** {@code GET /running_queries -> RunningQueries[]}: the queries running now. */
  public List<RunningQueries> fetchRunningQueries() {
    return send(ApiCall.get("/running_queries"),
        Responses.json(JsonCodec.INSTANCE.listOf(RunningQueries.class)));
  }

  /**
   * Closes the client: on the API user's client, all its views too, and its threads stop; on a
   * sudo view, only that view. Tokens are not revoked (they expire; see {@link #logout()}).
   */
  @Override public void close() {
    closed.set(true);
    if (sudoUserId == null) {
      core.close();
    }
  }

  private void checkOpen() {
    if (closed.get()) {
      throw new IllegalStateException("LookerClient is closed");
    }
    core.checkOpen();
  }

  private <T> T get(String path, Class<T> type) {
    return send(ApiCall.get(path), Responses.json(type));
  }

  /** Sends a call as this client's user. */
  <T> T send(ApiCall call, Transport.BodyReader<T> reader) {
    return send(call, session(), reader);
  }

  private <T> T send(ApiCall call, TokenSession auth, Transport.BodyReader<T> reader) {
    checkOpen();
    return core.transport().send(call, auth, reader);
  }

  /** Returns the session this client calls with. */
  TokenSession session() {
    return session != null ? session : core.apiSession();
  }
}

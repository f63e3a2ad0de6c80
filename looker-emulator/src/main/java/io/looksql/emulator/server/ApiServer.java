package io.looksql.emulator.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.looksql.emulator.users.ApiCredentials;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The emulator's HTTP server: the Looker API 4.0 under {@code /api/4.0}. Used through
 * {@link io.looksql.emulator.LookerEmulator}; public only so that class can start it.
 */
public final class ApiServer implements AutoCloseable {
  /** Path prefix of the versioned API. */
  static final String API_PREFIX = "/api/4.0";
  private static final int MAX_THREADS = 32;

  private final HttpServer http;
  private final ExecutorService executor;
  private final Router router = new Router();
  private final Users users;
  private final QueryAudit audit;
  private final Tokens tokens;
  private final FaultInjector faults;
  private final QueryTasks tasks;
  private final String baseUrl;

  private ApiServer(ServerConfig config, boolean faultsEnabled) throws IOException {
    this.users = new Users(config.users());
    this.audit = new QueryAudit(config.clock());
    this.tokens = new Tokens(config.clock(), config.tokenTtl());
    this.http = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
    this.baseUrl = "http://" + config.host() + ":" + http.getAddress().getPort();
    new VersionRoutes(baseUrl).register(router);
    new LoginRoutes(users, tokens).register(router);
    new UserRoutes(users, baseUrl).register(router);
    new RoleRoutes(users, baseUrl).register(router);
    new UserAttributeRoutes(users).register(router);
    new LookmlModelRoutes(config.project(), config.dialect()).register(router);
    this.faults = faultsEnabled ? FaultInjector.enabled(tokens::revoke) : FaultInjector.disabled();
    RunningQueries running = new RunningQueries();
    QueryRunner runner = new QueryRunner(config.dataSource(), config.dialect(), running, faults);
    QueryRoutes queries = new QueryRoutes(config, baseUrl, runner, audit);
    queries.register(router);
    this.tasks = new QueryTasks(running);
    new QueryTaskRoutes(queries, runner, running, tasks, faults, config.clock(), baseUrl, audit)
        .register(router);
    new HistoryRoutes(audit).register(router);
    if (faultsEnabled) {
      new FaultRoutes(faults, config.dataSource(), config.dialect()).register(router);
    }
    this.executor = threadPool();
    http.setExecutor(executor);
    http.createContext("/", this::handle);
  }

  /** Binds and starts a server without fault injection; it serves until {@link #close()}. */
  public static ApiServer start(ServerConfig config) throws IOException {
    return start(config, false);
  }

  /**
   * Binds and starts a server; it serves until {@link #close()}.
   *
   * @param faults whether the fault API under {@code /emulator/faults} is served
   */
  public static ApiServer start(ServerConfig config, boolean faults) throws IOException {
    ApiServer server = new ApiServer(config, faults);
    server.http.start();
    return server;
  }

  /** Returns {@code http://host:port}; the API is under {@code /api/4.0}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns the API3 client id of the first admin with API credentials, or null if none has. */
  public String adminClientId() {
    ApiCredentials c = users.adminCredentials();
    return c == null ? null : c.clientId();
  }

  /** Returns the API3 client secret of the first admin with API credentials, or null if none has. */
  public String adminClientSecret() {
    ApiCredentials c = users.adminCredentials();
    return c == null ? null : c.clientSecret();
  }

  /** Stops accepting requests, ends open exchanges, kills query tasks and ends the worker threads. */
  @Override public void close() {
    http.stop(0);
    tasks.close();
    executor.shutdownNow();
  }

  private static ExecutorService threadPool() {
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_THREADS, MAX_THREADS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "looker-emulator-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    // Idle threads end, so an idle emulator holds none; bursts queue beyond MAX_THREADS.
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    Router.Match match = router.match(method, path);
    ApiRequest request = new ApiRequest(exchange,
        match.route() == null ? path : match.route().template(), match.params());
    try {
      faults.beforeHandling(exchange, request);
      if (match.route() == null) {
        throw match.status() == 405
            ? ApiException.of(405, "Method Not Allowed")
            : ApiException.notFound();
      }
      if (match.route().authenticated()) {
        authenticate(request);
      }
      match.route().handler().handle(request);
    } catch (ApiException e) {
      respondOrAbort(request, e.status(), ErrorBodies.of(e, method, request.template()), e);
    } catch (Exception e) {
      ApiException internal = ApiException.of(500, "Internal error: " + e);
      respondOrAbort(request, 500, ErrorBodies.of(internal, method, request.template()), e);
    }
    exchange.close();
  }

  /**
   * Sends an error body; once a body has begun that is impossible, so the connection is dropped
   * instead (by throwing, which makes the JDK server close the socket without ending the chunked
   * body) and the client sees a failed response rather than a short one.
   */
  private static void respondOrAbort(ApiRequest request, int status, Object body, Exception cause)
      throws IOException {
    if (request.responseStarted()) {
      throw new ResponseAbortedException(cause);
    }
    request.sendJson(status, body);
  }

  private void authenticate(ApiRequest request) {
    String header = request.authorization();
    String token = null;
    if (header != null) {
      String[] parts = header.trim().split("\\s+", 2);
      if (parts.length == 2 && (parts[0].equalsIgnoreCase("token")
          || parts[0].equalsIgnoreCase("bearer"))) {
        token = parts[1].trim();
      }
    }
    TokenSession session = token == null ? null : tokens.session(token);
    if (session == null) {
      throw ApiException.of(401, "Requires authentication.");
    }
    request.authenticate(session.user(), token, session.sudoUser());
  }
}

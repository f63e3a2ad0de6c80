package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The faults injected into requests for reliability tests, managed through {@link FaultRoutes}.
 * A disabled injector (the default, without {@code --faults}) holds no rules and never fires.
 * Thread-safe.
 */
final class FaultInjector {
  /** Paths of the fault API itself, which faults never touch. */
  static final String PREFIX = "/emulator/";

  private final boolean enabled;
  private final Consumer<String> revokeToken;
  private final List<FaultRule> rules = new ArrayList<>();
  private long nextId = 1;

  private FaultInjector(boolean enabled, Consumer<String> revokeToken) {
    this.enabled = enabled;
    this.revokeToken = revokeToken;
  }

  /** Returns an injector that accepts rules; {@code revokeToken} ends an access token. */
  static FaultInjector enabled(Consumer<String> revokeToken) {
    return new FaultInjector(true, revokeToken);
  }

  /** Returns an injector that never fires. */
  static FaultInjector disabled() {
    return new FaultInjector(false, token -> { });
  }

  /** Returns whether faults can be added. */
  boolean isEnabled() {
    return enabled;
  }

  /** Adds a rule read from a {@code POST /emulator/faults} body and returns it. */
  synchronized FaultRule add(JsonNode body) {
    FaultRule rule = FaultRuleReader.read(String.valueOf(nextId), body);
    nextId++;
    rules.add(rule);
    return rule;
  }

  /** Returns the rules, in the order they were added, with their counters. */
  synchronized ArrayNode list() {
    ArrayNode a = Json.array();
    rules.forEach(r -> a.add(r.toJson()));
    return a;
  }

  /** Removes every rule. */
  synchronized void clear() {
    rules.clear();
  }

  /**
   * Applies the faults of the API kinds to a request before it is routed: waits for a latency
   * fault, revokes the caller's token for an expire fault, arranges for the body to be cut for
   * a drop fault or stalled for a stall fault, and throws the error of a status fault (after
   * setting {@code Retry-After}).
   */
  void beforeHandling(HttpExchange exchange, ApiRequest request) throws InterruptedException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getRawPath();
    if (!enabled || path.startsWith(PREFIX)) {
      return;
    }
    FaultRule latency = fire(FaultKind.LATENCY, method, path);
    if (latency != null) {
      Thread.sleep(latency.latencyMs());
    }
    // Only a request that carries a token uses up an expire fault.
    String token = tokenOf(request.authorization());
    if (token != null && fire(FaultKind.EXPIRE_TOKEN, method, path) != null) {
      revokeToken.accept(token);
    }
    FaultRule drop = fire(FaultKind.DROP_BODY, method, path);
    if (drop != null) {
      // The placeholder stream becomes the real body stream once the headers are sent.
      OutputStream body = exchange.getResponseBody();
      exchange.setStreams(null, new BodyCutter(body, drop.afterBytes()));
    }
    FaultRule stall = fire(FaultKind.STALL_BODY, method, path);
    if (stall != null) {
      exchange.setStreams(null, new StalledBody(exchange.getResponseBody(), stall.afterBytes(),
          stall.latencyMs()));
    }
    FaultRule status = fire(FaultKind.STATUS, method, path);
    if (status != null) {
      if (status.retryAfterSeconds() != null) {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(status.retryAfterSeconds()));
      }
      throw ApiException.of(status.status(), status.message());
    }
  }

  /** Returns the extra database time for a query started by this request, 0 for none. */
  long dbDelayMs(String method, String path) {
    if (!enabled) {
      return 0;
    }
    FaultRule delay = fire(FaultKind.DB_DELAY, method, path);
    return delay == null ? 0 : delay.latencyMs();
  }

  /** Returns the first rule of this kind that matches and fires, or null. */
  private synchronized FaultRule fire(FaultKind kind, String method, String path) {
    for (FaultRule r : rules) {
      if (r.kind() == kind && r.matches(method, path) && r.fire()) {
        return r;
      }
    }
    return null;
  }

  /** Returns the token of a {@code token ...} or {@code Bearer ...} header, or null. */
  private static String tokenOf(String authorization) {
    if (authorization == null) {
      return null;
    }
    String[] parts = authorization.trim().split("\\s+", 2);
    return parts.length == 2 ? parts[1].trim() : null;
  }
}

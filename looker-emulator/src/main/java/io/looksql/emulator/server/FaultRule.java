package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;

/**
 * One injected fault: which requests it matches, what it does, and how often. Firing is not
 * thread-safe on its own; {@link FaultInjector} serialises it.
 */
final class FaultRule {
  /** The default seed of the probability draws, so a run is reproducible without one. */
  static final long DEFAULT_SEED = 1;

  private final String id;
  private final FaultKind kind;
  private final PathPattern path;
  private final String method;
  private final int status;
  private final Long retryAfterSeconds;
  private final long latencyMs;
  private final long afterBytes;
  private final Long count;
  private final double probability;
  private final long seed;
  private final String message;
  private final Random random;
  private long applied;

  /**
   * Creates a rule; {@link FaultRuleReader} validates the values first.
   *
   * @param path the paths matched, or null for every path
   * @param method the method matched (upper case), or null for every method
   * @param count how many times it fires at most, or null for no limit
   */
  FaultRule(String id, FaultKind kind, PathPattern path, String method, int status,
      Long retryAfterSeconds, long latencyMs, long afterBytes, Long count, double probability,
      long seed, String message) {
    this.id = id;
    this.kind = kind;
    this.path = path;
    this.method = method;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.latencyMs = latencyMs;
    this.afterBytes = afterBytes;
    this.count = count;
    this.probability = probability;
    this.seed = seed;
    this.message = message;
    this.random = new Random(seed);
  }

  FaultKind kind() {
    return kind;
  }

  /** Returns the status a {@link FaultKind#STATUS} fault answers. */
  int status() {
    return status;
  }

  /** Returns the {@code Retry-After} seconds to send, or null for none. */
  Long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /**
   * Returns the added latency of {@link FaultKind#LATENCY} and {@link FaultKind#DB_DELAY}, the
   * stall of {@link FaultKind#STALL_BODY}.
   */
  long latencyMs() {
    return latencyMs;
  }

  /**
   * Returns how many body bytes a {@link FaultKind#DROP_BODY} fault lets through, or a
   * {@link FaultKind#STALL_BODY} fault sends at once.
   */
  long afterBytes() {
    return afterBytes;
  }

  /** Returns the error message of a {@link FaultKind#STATUS} fault. */
  String message() {
    return message;
  }

  /** Returns whether the rule applies to this request at all (before count and probability). */
  boolean matches(String requestMethod, String requestPath) {
    return (method == null || method.equalsIgnoreCase(requestMethod))
        && (path == null || path.matches(requestPath));
  }

  /**
   * Decides whether a matching request gets the fault: the count must not be used up and the
   * seeded draw must fall under the probability; a fault that fires uses one of its count.
   */
  boolean fire() {
    if (count != null && applied >= count) {
      return false;
    }
    // Draw only when the probability is partial, so a certain rule leaves the sequence untouched.
    if (probability < 1 && random.nextDouble() >= probability) {
      return false;
    }
    applied++;
    return true;
  }

  /** Returns the rule as the fault API lists it, with how often it fired so far. */
  ObjectNode toJson() {
    ObjectNode n = Json.object();
    n.put("id", id);
    n.put("kind", kind.apiName());
    if (path == null) {
      n.putNull("path");
    } else {
      n.put("path", path.source());
    }
    n.put("method", method);
    if (kind == FaultKind.STATUS) {
      n.put("status", status);
      n.put("message", message);
    }
    if (retryAfterSeconds != null) {
      n.put("retry_after", retryAfterSeconds);
    }
    if (kind == FaultKind.LATENCY || kind == FaultKind.DB_DELAY || kind == FaultKind.STALL_BODY) {
      n.put("latency_ms", latencyMs);
    }
    if (kind == FaultKind.DROP_BODY || kind == FaultKind.STALL_BODY) {
      n.put("after_bytes", afterBytes);
    }
    n.put("count", count);
    n.put("probability", probability);
    n.put("seed", seed);
    n.put("applied", applied);
    return n;
  }
}

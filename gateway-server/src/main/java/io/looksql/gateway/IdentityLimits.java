package io.looksql.gateway;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/** Per-identity counts of open connections and running statements, and their caps. */
final class IdentityLimits {
  /** SQLState of a refusal for a limit: insufficient resources. */
  static final String LIMIT = "53000";

  private final int maxConnections;
  private final int maxStatements;
  private final Map<String, AtomicInteger> connections = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

  IdentityLimits(int maxConnections, int maxStatements) {
    this.maxConnections = maxConnections;
    this.maxStatements = maxStatements;
  }

  /** Counts a connection of {@code key} opening; refuses it past the cap. */
  void openConnection(String key) {
    acquire(connections, key, maxConnections, "open connections");
  }

  /** Counts a connection of {@code key} closed or expired. */
  void closeConnection(String key) {
    release(connections, key);
  }

  /** Counts a statement of {@code key} starting to run; refuses it past the cap. */
  void startStatement(String key) {
    acquire(running, key, maxStatements, "statements running at once");
  }

  /** Counts a statement of {@code key} done running. */
  void endStatement(String key) {
    release(running, key);
  }

  /** Returns how many connections {@code key} has open. */
  int connections(String key) {
    AtomicInteger n = connections.get(key);
    return n == null ? 0 : n.get();
  }

  /** Returns the open connections of every identity that has any. */
  Map<String, AtomicInteger> allConnections() {
    return connections;
  }

  private static void acquire(Map<String, AtomicInteger> counts, String key, int max,
      String what) {
    AtomicInteger n = counts.computeIfAbsent(key, k -> new AtomicInteger());
    if (n.incrementAndGet() > max) {
      n.decrementAndGet();
      throw new AvaticaRuntimeException("Too many " + what + " for this identity: the gateway"
          + " allows " + max, -1, LIMIT, AvaticaSeverity.ERROR);
    }
  }

  private static void release(Map<String, AtomicInteger> counts, String key) {
    AtomicInteger n = counts.get(key);
    if (n != null) {
      n.decrementAndGet();
    }
  }
}

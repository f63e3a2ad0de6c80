package io.looksql.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.apache.calcite.avatica.remote.AvaticaRuntimeException;

/**
 * Follows each execution of a statement from execute to its last frame (or error, or close):
 * counts its rows against the gateway's maximum and writes one audit line when it ends.
 */
final class StatementAudit {
  /** SQLState of a result over the row maximum: program limit exceeded. */
  static final String TOO_MANY_ROWS = "54000";

  /** One execution in flight. */
  private static final class Run {
    final Identity identity;
    final String connectionId;
    final String sqlHash;
    final long start = System.nanoTime();
    long rows;

    Run(Identity identity, String connectionId, String sqlHash) {
      this.identity = identity;
      this.connectionId = connectionId;
      this.sqlHash = sqlHash;
    }
  }

  private final Map<Integer, Run> runs = new ConcurrentHashMap<>();
  /** Statements whose last result went over the maximum, until they execute again. */
  private final Set<Integer> exceeded = ConcurrentHashMap.newKeySet();
  private final long maxRows;
  private final GatewayMetrics metrics;
  private final Consumer<String> sink;

  StatementAudit(long maxRows, GatewayMetrics metrics, Consumer<String> sink) {
    this.maxRows = maxRows;
    this.metrics = metrics;
    this.sink = sink;
  }

  /** Starts following an execution of statement {@code id}; one still open ends as replaced. */
  void start(int id, Identity identity, String connectionId, String sql) {
    exceeded.remove(id);
    Run old = runs.put(id, new Run(identity, connectionId, sha256(sql)));
    if (old != null) {
      write(id, old, "replaced");
    }
  }

  /**
   * Adds the rows of a frame; ends the run if it was the last. Throws (SQLState 54000) when the
   * rows pass the maximum, after ending the run.
   */
  void rows(int id, long count, boolean done) {
    Run run = runs.get(id);
    if (run == null) {
      return;
    }
    synchronized (run) {
      run.rows += count;
    }
    if (run.rows > maxRows) {
      end(id, "rows_limit");
      exceeded.add(id);
      throw tooManyRows();
    }
    if (done) {
      end(id, "ok");
    }
  }

  /** Fails if statement {@code id}'s result went over the maximum: its rows were dropped. */
  void checkNotExceeded(int id) {
    if (exceeded.contains(id)) {
      throw tooManyRows();
    }
  }

  private AvaticaRuntimeException tooManyRows() {
    return new AvaticaRuntimeException("The result has more than " + maxRows
        + " rows, the gateway's maximum: add a LIMIT or narrow the query", -1, TOO_MANY_ROWS,
        AvaticaSeverity.ERROR);
  }

  /** Ends the run of statement {@code id}, if one is open, with an outcome. */
  void end(int id, String outcome) {
    if (outcome.equals("closed")) {
      exceeded.remove(id);
    }
    Run run = runs.remove(id);
    if (run != null) {
      write(id, run, outcome);
    }
  }

  private void write(int id, Run run, String outcome) {
    long nanos = System.nanoTime() - run.start;
    metrics.statement(outcome, nanos);
    Map<String, String> p = run.identity.driverProperties();
    String sudo = p.containsKey("sudo") ? p.get("sudo") : "-";
    sink.accept("statement identity=" + run.identity.key() + " mode=" + run.identity.mode().configName()
        + " looker_user=" + run.identity.lookerUser() + " sudo=" + sudo
        + " connection=" + run.connectionId + " statement=" + id + " sql_sha256=" + run.sqlHash
        + " rows=" + run.rows + " ms=" + nanos / 1_000_000 + " outcome=" + outcome);
  }

  /** Returns the first 16 hex digits of the SHA-256 of a statement's text. */
  static String sha256(String sql) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(String.valueOf(sql).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}

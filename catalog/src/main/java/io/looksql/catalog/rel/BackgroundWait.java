package io.looksql.catalog.rel;

import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryRunner;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.apache.calcite.avatica.AvaticaSeverity;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Waits for a Looker query run in the background, watching the statement's cancel flag and query
 * timeout; either one cancels the query in Looker itself and fails the statement with its own
 * SQLState.
 */
final class BackgroundWait {
  /** SQLState of a statement cancelled by {@code Statement.cancel()}. */
  static final String CANCELLED = "57014";
  /** SQLState of a statement that ran out of its query timeout. */
  static final String TIMED_OUT = "HYT00";

  private static final long FIRST_PAUSE_MS = 2;
  private static final long MAX_PAUSE_MS = 100;

  private BackgroundWait() {
  }

  /**
   * Returns the rows of a query run in the background.
   *
   * @param cancel the statement's cancel flag, or null
   * @param timeoutMillis the statement's query timeout, or null
   */
  static QueryRows await(QueryRunner runner, LookerRequest request,
      @Nullable AtomicBoolean cancel, @Nullable Long timeoutMillis) {
    long start = System.nanoTime();
    QueryRunner.BackgroundQuery query = runner.startQuery(request);
    long pause = FIRST_PAUSE_MS;
    while (true) {
      QueryRows rows = query.poll();
      if (rows != null) {
        return rows;
      }
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      if (cancel != null && cancel.get()) {
        query.cancel();
        throw failure("Statement cancelled; the Looker query was cancelled too", CANCELLED);
      }
      if (timeoutMillis != null && elapsed >= timeoutMillis) {
        query.cancel();
        throw failure("Query timeout of " + timeoutMillis / 1000 + " s reached; the Looker "
            + "query was cancelled", TIMED_OUT);
      }
      long sleep = timeoutMillis == null ? pause : Math.min(pause, timeoutMillis - elapsed);
      try {
        Thread.sleep(Math.max(1, sleep));
      } catch (InterruptedException e) {
        query.cancel();
        Thread.currentThread().interrupt();
        throw failure("Interrupted; the Looker query was cancelled", CANCELLED);
      }
      pause = Math.min(MAX_PAUSE_MS, pause * 2);
    }
  }

  /** Returns an exception that Avatica turns into an SQLException with this SQLState. */
  static RuntimeException failure(String message, String sqlState) {
    return new AvaticaClientRuntimeException(message, 0, sqlState, AvaticaSeverity.ERROR,
        List.of(), null);
  }
}

package io.looksql.catalog.exec;

import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryRunner;
import io.looksql.catalog.StatementFailures;
import java.util.concurrent.atomic.AtomicBoolean;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Waits for a Looker query run in the background, watching the statement's cancel flag and query
 * timeout; either one cancels the query in Looker itself and fails the statement with its own
 * SQLState.
 */
public final class BackgroundWait {
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
  public static QueryRows await(QueryRunner runner, LookerRequest request,
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
        throw StatementFailures.cancelled(
            "Statement cancelled; the Looker query was cancelled too");
      }
      if (timeoutMillis != null && elapsed >= timeoutMillis) {
        query.cancel();
        throw StatementFailures.failure("Query timeout of " + timeoutMillis / 1000 + " s "
            + "reached; the Looker query was cancelled", StatementFailures.TIMED_OUT);
      }
      long sleep = timeoutMillis == null ? pause : Math.min(pause, timeoutMillis - elapsed);
      try {
        Thread.sleep(Math.max(1, sleep));
      } catch (InterruptedException e) {
        query.cancel();
        Thread.currentThread().interrupt();
        throw StatementFailures.cancelled("Interrupted; the Looker query was cancelled");
      }
      pause = Math.min(MAX_PAUSE_MS, pause * 2);
    }
  }
}

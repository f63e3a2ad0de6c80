package io.looksql.catalog;

import io.looksql.client.AbortSignal;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Runs Looker queries for one Looker identity: the seam between query execution and the Looker
 * API client.
 */
public interface QueryRunner {
  /**
   * Runs a query and streams its rows: {@code POST /queries/run/json_bi}. Another thread can stop
   * the wait for the rows, or their reading, with {@code abort}; the call then fails at once.
   */
  QueryRows runQuery(LookerRequest request, AbortSignal abort);

  /**
   * Kills the runs of a query started with {@link #runQuery} that Looker still lists as running
   * ({@code GET /running_queries}, {@code DELETE /running_queries/{query_task_id}}); none may be.
   */
  void killQuery(LookerRequest request);

  /**
   * Starts a query in the background ({@code POST /queries}, {@code POST /query_tasks}), so that
   * it can be cancelled while Looker runs it.
   */
  BackgroundQuery startQuery(LookerRequest request);

  /** A query Looker runs in the background. */
  interface BackgroundQuery {
    /** Returns the rows once the query has finished, else null: one poll. */
    @Nullable QueryRows poll();

    /** Cancels the query in Looker: {@code DELETE /running_queries/{query_task_id}}. */
    void cancel();
  }
}

package io.looksql.catalog.exec;

import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryRunner;
import io.looksql.catalog.StatementFailures;
import io.looksql.client.AbortSignal;
import java.util.NoSuchElementException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A Looker query run inline, its rows streamed from one request (a statement without a query
 * timeout), that a cancel of its statement stops at once. A cancel during the wait for Looker's
 * response also kills the query in Looker, which is still computing it; a cancel while the rows
 * stream only closes the stream, since Looker is done with the query by then and a kill could
 * only hit another run of the same query. Not thread-safe, except that the cancel may come from
 * any thread.
 */
public final class InlineRun implements QueryRows {
  private final QueryRows rows;
  private final AtomicBoolean cancel;
  private final ScheduledFuture<?> watch;

  private InlineRun(QueryRows rows, AtomicBoolean cancel, ScheduledFuture<?> watch) {
    this.rows = rows;
    this.cancel = cancel;
    this.watch = watch;
  }

  /**
   * Sends the query and returns its rows once they start to come.
   *
   * @param cancel the statement's cancel flag, or null if it cannot be cancelled
   */
  public static QueryRows start(QueryRunner runner, LookerRequest request,
      @Nullable AtomicBoolean cancel) {
    AbortSignal abort = new AbortSignal();
    if (cancel == null) {
      return runner.runQuery(request, abort);
    }
    ScheduledFuture<?> watch = CancelWatch.watch(cancel, abort::abort);
    QueryRows rows;
    try {
      rows = runner.runQuery(request, abort);
    } catch (RuntimeException e) {
      watch.cancel(false);
      if (!cancel.get()) {
        throw e;
      }
      RuntimeException failure = StatementFailures.cancelled(
          "Statement cancelled; the Looker query was cancelled too");
      try {
        runner.killQuery(request);
      } catch (RuntimeException killFailure) {
        failure.addSuppressed(killFailure);
      }
      throw failure;
    }
    return new InlineRun(rows, cancel, watch);
  }

  @Override public boolean hasNext() {
    boolean more;
    try {
      more = rows.hasNext();
    } catch (RuntimeException e) {
      if (cancel.get()) {
        throw cancel();
      }
      finish();
      throw e;
    }
    if (!more) {
      finish();
    }
    return more;
  }

  @Override public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return rows.next();
  }

  /** Closes the stream of a cancelled statement and returns the exception to throw. */
  public RuntimeException cancel() {
    close();
    return StatementFailures.cancelled("Statement cancelled");
  }

  @Override public void close() {
    finish();
    rows.close();
  }

  /** Stops watching the cancel flag: the rows are read, failed or closed. */
  private void finish() {
    watch.cancel(false);
  }
}

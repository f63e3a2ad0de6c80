package io.looksql.catalog.rel;

import io.looksql.catalog.LookerRequest;
import io.looksql.catalog.QueryRows;
import io.looksql.catalog.QueryRunner;
import io.looksql.client.AbortSignal;
import java.util.NoSuchElementException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A Looker query run inline, its rows streamed from one request (a statement without a query
 * timeout), that a cancel of its statement stops: the wait for Looker's response, or the reading
 * of the rows, ends at once, and the query is killed in Looker too. Not thread-safe, except that
 * the cancel may come from any thread.
 */
final class InlineRun implements QueryRows {
  private final QueryRunner runner;
  private final LookerRequest request;
  private final AtomicBoolean cancel;
  private final AbortSignal abort = new AbortSignal();
  private final ScheduledFuture<?> watch;
  private @Nullable QueryRows rows;
  /** Whether Looker is done with the query: all rows read, a failure, or killed. */
  private boolean done;

  private InlineRun(QueryRunner runner, LookerRequest request, AtomicBoolean cancel) {
    this.runner = runner;
    this.request = request;
    this.cancel = cancel;
    this.watch = CancelWatch.watch(cancel, abort::abort);
  }

  /**
   * Sends the query and returns its rows once they start to come.
   *
   * @param cancel the statement's cancel flag, or null if it cannot be cancelled
   */
  static QueryRows start(QueryRunner runner, LookerRequest request,
      @Nullable AtomicBoolean cancel) {
    if (cancel == null) {
      return runner.runQuery(request, new AbortSignal());
    }
    InlineRun run = new InlineRun(runner, request, cancel);
    try {
      run.rows = runner.runQuery(request, run.abort);
    } catch (RuntimeException e) {
      throw run.failure(e);
    }
    return run;
  }

  @Override public boolean hasNext() {
    if (done || rows == null) {
      return false;
    }
    try {
      if (rows.hasNext()) {
        return true;
      }
    } catch (RuntimeException e) {
      throw failure(e);
    }
    done = true;
    watch.cancel(false);
    return false;
  }

  @Override public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return rows.next();
  }

  /**
   * Stops the run of a cancelled statement (see {@link #close()}) and returns the exception to
   * throw.
   */
  RuntimeException cancelled() {
    RuntimeException failure = BackgroundWait.failure(
        "Statement cancelled; the Looker query was cancelled too", BackgroundWait.CANCELLED);
    RuntimeException killFailure = stop();
    if (killFailure != null) {
      failure.addSuppressed(killFailure);
    }
    return failure;
  }

  /** Returns what to throw for a failure of the run: the cancel's, if the statement was. */
  private RuntimeException failure(RuntimeException e) {
    if (cancel.get()) {
      return cancelled();
    }
    done = true;
    watch.cancel(false);
    return e;
  }

  /**
   * Closes the stream; if the statement was cancelled before Looker was done with the query, also
   * kills the query in Looker (JDBC closes the result set of a cancelled statement, too).
   */
  @Override public void close() {
    stop();
  }

  /** Closes the stream and kills a cancelled query; returns the kill's failure, or null. */
  private @Nullable RuntimeException stop() {
    watch.cancel(false);
    if (rows != null) {
      rows.close();
    }
    if (done || !cancel.get()) {
      return null;
    }
    done = true;
    try {
      runner.killQuery(request);
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}

package io.looksql.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lets another thread stop a query run inline while it is under way: {@link #abort()} ends the
 * wait for the response, the reading of the streamed rows, or the pause before a retry, at once
 * with a {@link LookerApiException} (status 0). Aborting only stops this client; the query may
 * still run in Looker (see {@link LookerClient#cancelRunningQuery}). Use one per call;
 * thread-safe.
 */
public final class AbortSignal {
  private boolean aborted;
  private Runnable action;

  /** Stops the call: its thread gets a {@link LookerApiException}. Repeating it does nothing. */
  public void abort() {
    Runnable a;
    synchronized (this) {
      if (aborted) {
        return;
      }
      aborted = true;
      a = action;
      action = null;
      notifyAll();
    }
    if (a != null) {
      a.run();
    }
  }

  /** Returns whether {@link #abort()} was called. */
  public synchronized boolean aborted() {
    return aborted;
  }

  /**
   * Sets what aborting stops now (the pending response, then the body stream), replacing the
   * previous step; runs it at once if the call was aborted already.
   */
  void onAbort(Runnable stop) {
    synchronized (this) {
      if (!aborted) {
        action = stop;
        return;
      }
    }
    stop.run();
  }

  /**
   * Waits out a delay between attempts, ending early if the call is aborted meanwhile, so that
   * a retry's backoff does not hold up the abort.
   */
  synchronized void sleep(Duration delay) throws InterruptedException {
    long end = System.nanoTime() + delay.toNanos();
    for (long left = delay.toNanos(); !aborted && left > 0; left = end - System.nanoTime()) {
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  /** Returns the failure of a call stopped by {@link #abort()}. */
  static LookerApiException failure(ApiCall call, Throwable cause) {
    return new LookerApiException(call.method(), call.path(), 0, "aborted", null, null, cause);
  }
}

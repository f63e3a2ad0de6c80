package io.looksql.catalog.exec;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Watches statements' cancel flags while their Looker queries run inline. Calcite's
 * {@code Statement.cancel()} only sets the flag, and the thread that runs the query is blocked on
 * Looker's response, so one shared daemon thread checks the flags of the queries in flight and
 * stops those whose statement was cancelled (which must not block: every other cancel waits);
 * it ends when no query is watched for a second.
 */
final class CancelWatch {
  /** How often a flag is checked: the delay between a cancel and the stop. */
  private static final long PERIOD_MS = 10;
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private CancelWatch() {
  }

  /**
   * Runs {@code onCancel} once, on the watch thread, when {@code cancel} is set; cancelling the
   * returned future stops the watch.
   */
  static ScheduledFuture<?> watch(AtomicBoolean cancel, Runnable onCancel) {
    CompletableFuture<ScheduledFuture<?>> self = new CompletableFuture<>();
    self.complete(TIMER.scheduleWithFixedDelay(() -> {
      // Not yet set only on a tick before this method returned; the next tick acts.
      ScheduledFuture<?> watch = self.getNow(null);
      if (watch != null && cancel.get()) {
        watch.cancel(false);
        onCancel.run();
      }
    }, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS));
    return self.join();
  }

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "looksql-cancel-watch");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    timer.setKeepAliveTime(1, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    return timer;
  }
}

package io.looksql.emulator.server;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The async query tasks: runs them on a few background workers and keeps what they produced.
 *
 * <p>What is kept is bounded: a result of up to {@link #MEMORY_LIMIT} bytes stays in memory, a
 * larger one goes to a temporary file; the results of the latest {@link #MAX_RESULTS} finished
 * tasks are kept, older ones expire (their files are deleted); at most {@link #MAX_TASKS} task
 * records are kept, the oldest finished ones are forgotten. {@link #close()} kills what runs
 * and deletes every file. Thread-safe.
 */
final class QueryTasks implements AutoCloseable {
  /** The largest result kept in memory; larger ones spill to a temporary file. */
  static final int MEMORY_LIMIT = 256 * 1024;
  /** How many finished tasks keep their results. */
  static final int MAX_RESULTS = 100;
  /** How many task records are kept. */
  static final int MAX_TASKS = 10_000;
  /** How many tasks run at once; more wait as {@code added}. */
  static final int WORKERS = 8;

  /** A task's work: writes its result body to {@code out}. */
  @FunctionalInterface
  interface Job {
    void run(OutputStream out) throws SQLException, IOException;
  }

  private final RunningQueries running;
  private final int memoryLimit;
  private final Path directory;
  private final ExecutorService workers;
  private final Map<String, QueryTask> tasks = new LinkedHashMap<>();
  private final Deque<QueryTask> withResults = new ArrayDeque<>();

  /** Creates the registry; running tasks are listed in {@code running}. */
  QueryTasks(RunningQueries running) {
    this(running, MEMORY_LIMIT, null);
  }

  /**
   * @param memoryLimit the largest result kept in memory
   * @param directory where results spill, or null for the system's temporary directory
   */
  QueryTasks(RunningQueries running, int memoryLimit, Path directory) {
    this.running = running;
    this.memoryLimit = memoryLimit;
    this.directory = directory;
    AtomicInteger n = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), r -> {
          Thread t = new Thread(r, "looker-emulator-task-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
  }

  /** Registers a task and starts it as soon as a worker is free. */
  void submit(QueryTask task, Job job) {
    submit(task, job, finished -> { });
  }

  /**
   * Registers a task and starts it as soon as a worker is free.
   *
   * @param onFinish called once the task's status is final ({@code complete}, {@code error} or
   *     {@code killed}), on the worker thread, even for a task killed before it started
   */
  void submit(QueryTask task, Job job, Consumer<QueryTask> onFinish) {
    synchronized (this) {
      tasks.put(task.id(), task);
      forgetOldest();
    }
    running.add(task.running());
    workers.execute(() -> {
      run(task, job);
      onFinish.accept(task);
    });
  }

  /** Returns the task with this id if {@code caller} may see it, else null. */
  synchronized QueryTask get(String id, ApiUser caller) {
    QueryTask t = tasks.get(id);
    return t != null && TaskAccess.canSee(caller, t.user()) ? t : null;
  }

  /** Kills every task and deletes every result file; later submissions are refused. */
  @Override public void close() {
    workers.shutdownNow();
    List<QueryTask> all;
    synchronized (this) {
      all = new ArrayList<>(tasks.values());
      tasks.clear();
      withResults.clear();
    }
    for (QueryTask t : all) {
      t.running().kill();
      t.expire();
    }
  }

  private void run(QueryTask task, Job job) {
    long started = System.nanoTime();
    ResultSpill spill = new ResultSpill(memoryLimit, directory);
    try {
      if (task.running().killed()) {
        throw new SQLException("The query was killed before it started", RunningQuery.CANCELLED_STATE);
      }
      job.run(spill);
      if (task.running().killed()) {
        // Killed as the statement ended: the kill was acknowledged (204), so killed it stays.
        throw new SQLException("The query was killed", RunningQuery.CANCELLED_STATE);
      }
      task.complete(spill.finish(), seconds(started));
    } catch (SQLException e) {
      spill.discard();
      task.fail(task.running().killed() ? QueryTask.KILLED_MESSAGE : "Error running query: "
          + e.getMessage(), seconds(started));
    } catch (IOException | RuntimeException e) {
      spill.discard();
      task.fail("Error running query: " + e, seconds(started));
    } finally {
      running.remove(task.running());
      retain(task);
    }
  }

  /** Keeps the task's result among the latest ones, expiring the oldest beyond the limit. */
  private void retain(QueryTask task) {
    QueryTask expired = null;
    synchronized (this) {
      if (task.result() != null && tasks.containsKey(task.id())) {
        withResults.addLast(task);
        if (withResults.size() > MAX_RESULTS) {
          expired = withResults.removeFirst();
        }
      } else if (task.result() != null) {
        // Closed or forgotten while it ran: nobody can ask for this result.
        expired = task;
      }
    }
    if (expired != null) {
      expired.expire();
    }
  }

  /** Forgets the oldest finished tasks beyond {@link #MAX_TASKS}; running ones are kept. */
  private void forgetOldest() {
    Iterator<QueryTask> it = tasks.values().iterator();
    while (tasks.size() > MAX_TASKS && it.hasNext()) {
      QueryTask t = it.next();
      if (t.status().finished()) {
        it.remove();
        withResults.remove(t);
        t.expire();
      }
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}

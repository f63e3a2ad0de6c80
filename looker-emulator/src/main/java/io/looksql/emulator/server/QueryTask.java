package io.looksql.emulator.server;

import io.looksql.emulator.format.ResultFormat;

/**
 * An async query task: the query, the format asked for, and how far it got. Its status moves from
 * {@code added} to {@code running} (when its statement starts) to one of {@code complete},
 * {@code error} or {@code killed}. Thread-safe.
 */
final class QueryTask {
  /** The error message of a killed task. */
  static final String KILLED_MESSAGE = "The query was killed.";

  private final RunningQuery running;
  private final QueryStore.StoredQuery query;
  private final ResultFormat format;
  private final TaskOptions options;
  private final CreateQueryTask body;
  private TaskStatus finalStatus;
  private TaskResult result;
  private String errorMessage;
  private Double runtime;
  private boolean expired;

  /**
   * @param running its entry among the running queries, which carries its id, user and SQL
   * @param query the stored query it runs
   * @param format the result format asked for
   * @param options the query parameters it was created with
   * @param body the body it was created with
   */
  QueryTask(RunningQuery running, QueryStore.StoredQuery query, ResultFormat format,
      TaskOptions options, CreateQueryTask body) {
    this.running = running;
    this.query = query;
    this.format = format;
    this.options = options;
    this.body = body;
  }

  /** Returns the task id (the {@code query_task_id}). */
  String id() {
    return running.queryTaskId();
  }

  RunningQuery running() {
    return running;
  }

  QueryStore.StoredQuery query() {
    return query;
  }

  ResultFormat format() {
    return format;
  }

  TaskOptions options() {
    return options;
  }

  CreateQueryTask body() {
    return body;
  }

  /** Returns the user the task runs as. */
  ApiUser user() {
    return running.user();
  }

  /**
   * Returns the current status: {@code killed} as soon as a kill succeeded, even while the worker
   * is still unwinding the cancelled statement, so a client polling after
   * {@code DELETE /running_queries/{id}} never sees it running again.
   */
  synchronized TaskStatus status() {
    if (finalStatus != null) {
      return finalStatus;
    }
    if (running.killed()) {
      return TaskStatus.KILLED;
    }
    return running.started() ? TaskStatus.RUNNING : TaskStatus.ADDED;
  }

  /** Returns the seconds the task took, or null until it ends. */
  synchronized Double runtime() {
    return runtime;
  }

  /** Returns the result of a complete task, or null (not complete, or expired). */
  synchronized TaskResult result() {
    return result;
  }

  /** Returns whether the result of a complete task was dropped to bound what is kept. */
  synchronized boolean expired() {
    return expired;
  }

  /** Returns why an {@code error} or {@code killed} task ended, else null. */
  synchronized String errorMessage() {
    if (errorMessage == null && running.killed()) {
      return KILLED_MESSAGE;
    }
    return errorMessage;
  }

  /** Records the result of a task that ran to the end. */
  synchronized void complete(TaskResult r, double seconds) {
    result = r;
    runtime = seconds;
    finalStatus = TaskStatus.COMPLETE;
  }

  /** Records a failure: {@code error}, or {@code killed} when it was killed. */
  synchronized void fail(String message, double seconds) {
    errorMessage = message;
    runtime = seconds;
    finalStatus = running.killed() ? TaskStatus.KILLED : TaskStatus.ERROR;
  }

  /** Drops the result (deleting its file); the task reads as {@code expired} from now on. */
  synchronized void expire() {
    if (result != null) {
      result.delete();
      result = null;
      expired = true;
    }
  }
}

package io.looksql.emulator.server;

import java.util.Locale;

/** The {@code status} of a query task, as {@code GET /query_tasks/{id}} reports it. */
enum TaskStatus {
  /** Accepted, waiting for a worker. */
  ADDED,
  /** Its statement is running. */
  RUNNING,
  /** Finished; its result can be fetched (until it expires). */
  COMPLETE,
  /** The database or the emulator failed it. */
  ERROR,
  /** Killed with {@code DELETE /running_queries/{query_task_id}}. */
  KILLED;

  /** Returns the name Looker sends, e.g. {@code complete}. */
  String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether the task has ended (its status will not change). */
  boolean finished() {
    return this == COMPLETE || this == ERROR || this == KILLED;
  }
}

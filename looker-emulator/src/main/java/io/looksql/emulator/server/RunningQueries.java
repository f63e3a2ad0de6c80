package io.looksql.emulator.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The queries accepted and not yet finished, synchronous runs and async tasks alike, by task id. */
final class RunningQueries {
  private final Map<String, RunningQuery> byTaskId = new ConcurrentHashMap<>();
  private final AtomicLong nextId = new AtomicLong(1);

  /** Returns a new running-query id. */
  String newId() {
    return String.valueOf(nextId.getAndIncrement());
  }

  /** Returns a new query task id: 32 hex digits, like Looker's, and not guessable. */
  static String newTaskId() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  void add(RunningQuery query) {
    byTaskId.put(query.queryTaskId(), query);
  }

  /** Removes a query once its statement is done (or it was killed before starting). */
  void remove(RunningQuery query) {
    byTaskId.remove(query.queryTaskId(), query);
  }

  /** Returns the query with this task id if {@code caller} may see it, else null. */
  RunningQuery get(String queryTaskId, ApiUser caller) {
    RunningQuery q = byTaskId.get(queryTaskId);
    return q != null && TaskAccess.canSee(caller, q.user()) ? q : null;
  }

  /** Returns the queries {@code caller} may see, oldest first. */
  List<RunningQuery> visibleTo(ApiUser caller) {
    List<RunningQuery> list = new ArrayList<>();
    for (RunningQuery q : byTaskId.values()) {
      if (TaskAccess.canSee(caller, q.user())) {
        list.add(q);
      }
    }
    list.sort(Comparator.comparing(RunningQuery::createdAt).thenComparing(q -> Long.parseLong(q.id())));
    return list;
  }
}

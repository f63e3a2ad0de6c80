package io.looksql.client;

import io.looksql.client.model.RunningQueries;
import io.looksql.client.model.WriteQuery;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/** The query calls of a {@link LookerClient}: run inline or saved, async tasks, cancel. */
final class Queries {
  /** The first pause between polls of a query task; pauses double up to {@link #MAX_POLL}. */
  private static final Duration FIRST_POLL = Duration.ofMillis(20);
  private static final Duration MAX_POLL = Duration.ofSeconds(1);

  private final LookerClient client;

  Queries(LookerClient client) {
    this.client = client;
  }

  /**
   * Runs a query inline, rows streamed. Running a query has no effect but its result (and a cache
   * entry), so the call is retried like a read even though it is a POST.
   *
   * @param timeout time allowed until the first byte, or null for the configured one
   * @param abort stops the call from another thread, or null
   */
  QueryRows run(WriteQuery query, Duration timeout, AbortSignal abort) {
    ApiCall call = ApiCall.postJson("/queries/run/" + ResultFormat.JSON_BI.apiName(),
        JsonCodec.INSTANCE.write(query), true).withAbort(abort);
    return client.send(timeout == null ? call : call.withTimeout(timeout), rows(call));
  }

  /** Runs a saved query, rows streamed. */
  QueryRows run(String queryId, Duration timeout) {
    ApiCall call = ApiCall.get("/queries/" + ApiCall.segment(queryId) + "/run/"
        + ResultFormat.JSON_BI.apiName());
    return client.send(timeout == null ? call : call.withTimeout(timeout), rows(call));
  }

  /** Runs a query inline and returns the body as it comes. */
  InputStream raw(WriteQuery query, ResultFormat format) {
    ApiCall call = ApiCall.postJson("/queries/run/" + format.apiName(),
        JsonCodec.INSTANCE.write(query), true);
    return client.send(call, response -> response.body());
  }

  /** Returns the SQL of a query. */
  String sql(WriteQuery query) {
    ApiCall call = ApiCall.postJson("/queries/run/" + ResultFormat.SQL.apiName(),
        JsonCodec.INSTANCE.write(query), true);
    return client.send(call, Responses.text());
  }

  /** Returns a task's rows, or empty while it runs. */
  Optional<QueryRows> taskResults(String taskId) {
    ApiCall call = ApiCall.get("/query_tasks/" + ApiCall.segment(taskId) + "/results");
    return client.send(call, response -> {
      // 202 is "not finished"; older servers said 204.
      if (response.statusCode() == 202 || response.statusCode() == 204) {
        response.body().close();
        return Optional.empty();
      }
      return Optional.of(QueryRows.open(call, response.body()));
    });
  }

  /** Polls a task until its rows come or the time is up. */
  QueryRows await(String taskId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Duration pause = FIRST_POLL;
    while (true) {
      Optional<QueryRows> rows = taskResults(taskId);
      if (rows.isPresent()) {
        return rows.get();
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        String message = "query task " + taskId + " did not finish within " + timeout;
        throw new LookerApiException("GET", "/query_tasks/" + taskId + "/results", 0, message,
            null, null, new TimeoutException(message));
      }
      try {
        Thread.sleep(Math.min(pause.toMillis(), Math.max(1, left / 1_000_000)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new LookerApiException("GET", "/query_tasks/" + taskId + "/results", 0,
            "interrupted", null, null, e);
      }
      pause = pause.multipliedBy(2).compareTo(MAX_POLL) > 0 ? MAX_POLL : pause.multipliedBy(2);
    }
  }

  /** Cancels a task; false if the server no longer has it running. */
  boolean cancel(String taskId) {
    ApiCall call = ApiCall.delete("/running_queries/" + ApiCall.segment(taskId));
    try {
      client.send(call, Responses.status());
      return true;
    } catch (LookerApiException e) {
      if (e.status() == 404) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Kills the runs of a query that this client's user has running: Looker saves a query it runs
   * inline, and saving an equal query returns the saved one, so {@code POST /queries} with the same
   * body yields the {@code query_id} that {@code GET /running_queries} lists.
   */
  int cancelRunning(WriteQuery query) {
    String queryId = client.createQuery(query).id();
    String userId = client.sudoUserId() != null ? client.sudoUserId() : client.fetchMe().id();
    int killed = 0;
    for (RunningQueries q : client.fetchRunningQueries()) {
      if (queryId.equals(q.queryId()) && q.user() != null && userId.equals(q.user().id())
          && q.queryTaskId() != null && cancel(q.queryTaskId())) {
        killed++;
      }
    }
    return killed;
  }

  private static Transport.BodyReader<QueryRows> rows(ApiCall call) {
    return response -> {
      if (call.abort() != null) {
        // Only closing is safe from another thread: it wakes a read blocked on the body, which
        // then fails. Reading here would take bytes from under the parser of the owning thread.
        call.abort().onAbort(() -> ErrorResponses.closeQuietly(response.body()));
      }
      return QueryRows.open(call, response.body());
    };
  }
}

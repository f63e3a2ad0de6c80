package io.looksql.emulator.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.looksql.emulator.query.CompiledQuery;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The record of every query run: who ran it (and who sudo'd to them), from which client, what
 * SQL, when and how it ended. Shown at {@code /emulator/history}; the newest
 * {@value #CAPACITY} entries are kept, so a long-lived emulator does not grow without bound.
 */
final class QueryAudit {
  /** How many entries are kept. */
  static final int CAPACITY = 10_000;

  /** A query run that may fail; see {@link #record}. */
  @FunctionalInterface
  interface Run {
    void run() throws IOException;
  }

  private final Clock clock;
  private final Deque<AuditEntry> entries = new ArrayDeque<>();
  private long nextId = 1;

  QueryAudit(Clock clock) {
    this.clock = clock;
  }

  /**
   * Records a query starting; the caller must {@link #complete}, {@link #fail} or {@link #kill} it.
   *
   * @param queryId the stored query's id, or null for an inline query
   * @param resultFormat the result format, e.g. {@code json}
   */
  synchronized AuditEntry start(QueryCaller caller, CompiledQuery query, String queryId,
      String resultFormat) {
    AuditEntry entry = new AuditEntry(String.valueOf(nextId++), caller, query.model().name(),
        query.explore().name(), queryId, resultFormat, query.sqlWithLiterals(), clock.instant());
    if (entries.size() == CAPACITY) {
      entries.removeFirst();
    }
    entries.addLast(entry);
    return entry;
  }

  /**
   * Runs a query and records it: complete when {@code run} returns; when it throws, killed if
   * {@code killed} says so, else error.
   */
  void record(QueryCaller caller, CompiledQuery query, String queryId, String resultFormat,
      BooleanSupplier killed, Run run) throws IOException {
    AuditEntry entry = start(caller, query, queryId, resultFormat);
    try {
      run.run();
      complete(entry);
    } catch (IOException | RuntimeException | Error e) {
      if (killed.getAsBoolean()) {
        kill(entry);
      } else {
        fail(entry, e.getMessage());
      }
      throw e;
    }
  }

  /** Marks a run complete. */
  void complete(AuditEntry entry) {
    entry.finish("complete", null, clock.instant());
  }

  /** Marks a run failed. */
  void fail(AuditEntry entry, String message) {
    entry.finish("error", message, clock.instant());
  }

  /** Marks a run cancelled. */
  void kill(AuditEntry entry) {
    entry.finish("killed", null, clock.instant());
  }

  /** Returns the entries kept, oldest first. */
  synchronized List<AuditEntry> entries() {
    return new ArrayList<>(entries);
  }

  /** Returns the entries kept as a JSON array, oldest first. */
  ArrayNode toJson() {
    ArrayNode array = Json.array();
    entries().forEach(e -> array.add(e.toJson()));
    return array;
  }
}

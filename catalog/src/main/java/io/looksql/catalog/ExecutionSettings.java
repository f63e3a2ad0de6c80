package io.looksql.catalog;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a connection runs its Looker queries.
 *
 * @param queryTimezone Looker {@code query_timezone}; timestamps are wall-clock values in it
 * @param rowLimit the {@code limit} sent when a statement has none of its own
 * @param failOnTruncation whether a result cut by {@code rowLimit} fails the statement
 *     ({@code true}) or only reports a warning
 * @param warnings receives every warning, such as a truncated result, for logging; a statement's
 *     own warnings also go to the {@link QueryWarnings} in its {@code DataContext}
 */
public record ExecutionSettings(String queryTimezone, long rowLimit, boolean failOnTruncation,
    Consumer<String> warnings) {
  /** Default {@code rowLimit}: Looker's largest row limit for JSON results. */
  public static final long DEFAULT_ROW_LIMIT = 50_000;

  /** Creates an ExecutionSettings. */
  public ExecutionSettings {
    Objects.requireNonNull(queryTimezone, "queryTimezone");
    Objects.requireNonNull(warnings, "warnings");
    if (rowLimit < 1) {
      throw new IllegalArgumentException("rowLimit must be positive: " + rowLimit);
    }
  }

  /** Returns the defaults: UTC, {@link #DEFAULT_ROW_LIMIT}, fail on truncation. */
  public static ExecutionSettings defaults() {
    return new ExecutionSettings("UTC", DEFAULT_ROW_LIMIT, true, w -> { });
  }
}

package io.looksql.emulator.filter;

import java.time.LocalDateTime;

/** What one comma-separated term of a date filter selects. */
sealed interface DateCondition {
  /** Values from {@code start} (inclusive) until {@code end} (exclusive); null is unbounded. */
  record Between(LocalDateTime start, LocalDateTime end) implements DateCondition {
  }

  /** NULL values ({@code null}) or non-NULL values ({@code not null}, {@code -null}). */
  record NullTest(boolean isNull) implements DateCondition {
  }
}

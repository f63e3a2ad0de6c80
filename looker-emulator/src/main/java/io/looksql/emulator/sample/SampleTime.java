package io.looksql.emulator.sample;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The sample's calendar. Timestamps are UTC wall-clock values; the arithmetic is done in UTC
 * epoch seconds so that the JVM's default time zone never changes a generated value.
 */
final class SampleTime {
  /** First instant of any generated timestamp. */
  static final LocalDateTime START = LocalDateTime.of(2019, 1, 1, 0, 0);
  /** Users sign up no later than this, leaving time for an order. */
  static final LocalDateTime LAST_SIGNUP = LocalDateTime.of(2025, 11, 30, 23, 59, 59);
  /**
   * Orders are placed no later than this, so that shipping (up to 3 days), delivery (5) and a
   * return (14) still fall in 2025.
   */
  static final LocalDateTime LAST_ORDER = LocalDateTime.of(2025, 12, 8, 23, 59, 59);
  /** Last instant of any generated timestamp. */
  static final LocalDateTime END = LocalDateTime.of(2025, 12, 31, 23, 59, 59);

  static final long HOUR = 3_600;
  static final long DAY = 24 * HOUR;

  private SampleTime() {
  }

  /** Returns a uniformly random second in {@code [lo, hi]}. */
  static LocalDateTime between(SplittableRandom random, LocalDateTime lo, LocalDateTime hi) {
    long from = lo.toEpochSecond(ZoneOffset.UTC);
    long to = hi.toEpochSecond(ZoneOffset.UTC);
    return to <= from ? lo : lo.plusSeconds(random.nextLong(to - from + 1));
  }

  /** Returns a time a uniformly random number of seconds in {@code [minSeconds, maxSeconds]} after {@code t}. */
  static LocalDateTime after(SplittableRandom random, LocalDateTime t, long minSeconds, long maxSeconds) {
    return t.plusSeconds(minSeconds + random.nextLong(maxSeconds - minSeconds + 1));
  }

  /** Returns the later of two times. */
  static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
    return a.isAfter(b) ? a : b;
  }
}

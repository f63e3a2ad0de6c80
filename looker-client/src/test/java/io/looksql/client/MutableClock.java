package io.looksql.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests move forward by hand, to expire tokens without waiting. */
final class MutableClock extends Clock {
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

  /** Moves the clock forward. */
  void advance(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  @Override public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override public Instant instant() {
    return now.get();
  }
}

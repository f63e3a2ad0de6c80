package io.looksql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Explore definitions are fetched again once they expire, and an unchanged one keeps its
 * instance, which is what the driver's plan cache compares.
 */
class ExploreCacheTest {
  /** A clock the test moves forward. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override public Instant instant() {
      return now;
    }
  }

  private static ExploreDefinition explore(String label) {
    return new ExploreDefinition("m", "e", "e", label, null, false, List.of(), Map.of(), List.of(),
        List.of());
  }

  @Test void refetchesAfterTheTimeToLiveAndKeepsAnUnchangedInstance() {
    TestClock clock = new TestClock();
    ExploreCache cache = new ExploreCache(Duration.ofMinutes(5), clock);
    AtomicInteger fetches = new AtomicInteger();
    String[] label = {"Orders"};
    java.util.function.Supplier<ExploreDefinition> fetch = () -> {
      fetches.incrementAndGet();
      return explore(label[0]);
    };
    ExploreDefinition first = cache.get("id", "m", "e", fetch);
    clock.now = clock.now.plus(Duration.ofMinutes(4));
    assertSame(first, cache.get("id", "m", "e", fetch));
    assertEquals(1, fetches.get());

    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertSame(first, cache.get("id", "m", "e", fetch));
    assertEquals(2, fetches.get());

    label[0] = "Orders and returns";
    clock.now = clock.now.plus(Duration.ofMinutes(6));
    ExploreDefinition changed = cache.get("id", "m", "e", fetch);
    assertEquals(3, fetches.get());
    assertNotSame(first, changed);
    assertEquals("Orders and returns", changed.label());
  }

  @Test void identitiesDoNotShare() {
    ExploreCache cache = new ExploreCache(Duration.ofMinutes(5), Clock.systemUTC());
    ExploreDefinition a = cache.get("ann", "m", "e", () -> explore("A"));
    ExploreDefinition b = cache.get("bob", "m", "e", () -> explore("B"));
    assertEquals("A", a.label());
    assertEquals("B", b.label());
  }
}

package io.looksql.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Cache of explore definitions keyed by Looker identity, model and explore, with a time to live.
 * Looker filters metadata by permission, so entries are never shared between identities.
 *
 * <p>Concurrent requests for the same explore share one fetch. A definition fetched again after
 * it expired is the same instance as before if Looker's answer did not change.
 */
public final class ExploreCache {
  /** Default time to live of an entry. */
  public static final Duration DEFAULT_TTL = Duration.ofMinutes(5);

  private static final ExploreCache SHARED = new ExploreCache(DEFAULT_TTL, Clock.systemUTC());

  private final Duration ttl;
  private final Clock clock;
  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

  /** Creates an ExploreCache. */
  public ExploreCache(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  /** Returns the cache shared by all connections of this JVM. */
  public static ExploreCache shared() {
    return SHARED;
  }

  /** Returns the cached definition, fetching it when absent or expired. */
  public ExploreDefinition get(String identity, String model, String explore,
      Supplier<ExploreDefinition> fetch) {
    Key key = new Key(identity, model, explore);
    Instant now = clock.instant();
    CompletableFuture<ExploreDefinition> mine = new CompletableFuture<>();
    ExploreDefinition[] expired = new ExploreDefinition[1];
    // The fetch runs outside compute(), so no map lock is held during network I/O.
    Entry entry = entries.compute(key, (k, old) -> {
      if (old != null && (old.expires.isAfter(now) || !old.future.isDone())) {
        return old;
      }
      expired[0] = old == null || old.future.isCompletedExceptionally() ? null : old.future.join();
      return new Entry(mine, now.plus(ttl));
    });
    if (entry.future == mine) {
      try {
        ExploreDefinition fetched = fetch.get();
        // An unchanged definition stays the same instance, so what was planned against it
        // (the driver's plan cache compares instances) stays valid.
        mine.complete(fetched.equals(expired[0]) ? expired[0] : fetched);
      } catch (RuntimeException e) {
        mine.completeExceptionally(e);
      }
    }
    try {
      return entry.future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while fetching explore " + model + "." + explore, e);
    } catch (ExecutionException e) {
      // A failed fetch is not cached: the next statement tries again.
      entries.remove(key, entry);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Drops every entry of an identity, e.g. after a LookML deploy. */
  public void invalidate(String identity) {
    entries.keySet().removeIf(k -> k.identity.equals(identity));
  }

  private record Key(String identity, String model, String explore) {
  }

  private record Entry(CompletableFuture<ExploreDefinition> future, Instant expires) {
  }
}

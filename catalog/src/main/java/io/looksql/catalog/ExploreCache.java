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
 * <p>Concurrent requests for the same explore share one fetch.
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
    // The fetch runs outside compute(), so no map lock is held during network I/O.
    Entry entry = entries.compute(key, (k, old) ->
        old != null && (old.expires.isAfter(now) || !old.future.isDone())
            ? old
            : new Entry(mine, now.plus(ttl)));
    if (entry.future == mine) {
      try {
        mine.complete(fetch.get());
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

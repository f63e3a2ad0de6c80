package io.looksql.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How failed calls are retried: up to {@code maxAttempts} tries, waiting an exponentially growing,
 * jittered delay between them, or what a 429's {@code Retry-After} asks for.
 *
 * <p>Idempotent calls are retried after a 429, 502, 503, 504 or a failed connection; other calls
 * only when the server cannot have acted on them (a 429, or no connection).
 *
 * @param maxAttempts how many times a call is tried in all, at least 1
 * @param initialBackoff the delay before the first retry (before jitter)
 * @param maxBackoff the longest delay; a {@code Retry-After} longer than this is not waited for
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
  /** Four attempts, 200 ms first delay, 10 s at most. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(10));
  /** One attempt: no retries. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);

  /** Creates a RetryPolicy, checking that attempts are positive and delays not negative. */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("backoff must not be negative");
    }
  }

  /**
   * Returns the delay after failed attempt {@code attempt} (1-based): {@code initialBackoff * 2^(attempt-1)},
   * capped at {@code maxBackoff}, then scaled by a random factor in [0.5, 1) so that clients that
   * failed together do not retry together.
   */
  public Duration backoff(int attempt) {
    double exp = Math.min(maxBackoff.toMillis(),
        initialBackoff.toMillis() * Math.pow(2, Math.max(0, attempt - 1)));
    double jitter = 0.5 + ThreadLocalRandom.current().nextDouble() / 2;
    return Duration.ofMillis((long) (exp * jitter));
  }
}

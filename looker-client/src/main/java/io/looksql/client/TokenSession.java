package io.looksql.client;

import io.looksql.client.model.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The access token of one Looker identity (the API user, or a user sudo'ed to), renewed ahead of
 * its expiry; many threads share it and at most one of them logs in at a time.
 */
final class TokenSession {
  /** Looker's SDKs treat a token as expired this long before the server does. */
  static final Duration TOKEN_EXPIRY_LAG = Duration.ofSeconds(10);

  /** A token and when the client stops using it. */
  private record Token(String value, Instant renewAt) {
  }

  private final Supplier<AccessToken> login;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final AtomicInteger logins = new AtomicInteger();
  private volatile Token current;

  private TokenSession(Supplier<AccessToken> login, Clock clock, Token initial) {
    this.login = login;
    this.clock = clock;
    this.current = initial;
  }

  /** Returns a session that logs in with {@code login} when it needs a token. */
  static TokenSession renewable(Supplier<AccessToken> login, Clock clock) {
    return new TokenSession(login, clock, null);
  }

  /** Returns a session with a token obtained elsewhere, which it cannot renew. */
  static TokenSession fixed(String accessToken) {
    return new TokenSession(null, Clock.systemUTC(), new Token(accessToken, Instant.MAX));
  }

  /** Returns whether a rejected token can be replaced by logging in again. */
  boolean renewable() {
    return login != null;
  }

  /**
   * Returns a live token, logging in first if there is none or it is about to expire.
   *
   * @throws LookerApiException if the login fails or the thread is interrupted while waiting for
   *     another thread's login
   */
  String token() {
    Token t = current;
    if (t != null && clock.instant().isBefore(t.renewAt())) {
      return t.value();
    }
    if (login == null) {
      // Reached only after logout(): an obtained token cannot be replaced.
      throw new LookerApiException("POST", "/login", 0,
          "the access token was revoked and cannot be renewed", null, null, null);
    }
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LookerApiException("POST", "/login", 0, "interrupted", null, null, e);
    }
    try {
      // Another thread may have logged in while this one waited for the lock.
      t = current;
      Instant now = clock.instant();
      if (t != null && now.isBefore(t.renewAt())) {
        return t.value();
      }
      AccessToken issued = login.get();
      logins.incrementAndGet();
      Instant renewAt = issued.expiresIn() == null
          ? Instant.MAX : now.plusSeconds(issued.expiresIn()).minus(TOKEN_EXPIRY_LAG);
      current = new Token(issued.accessToken(), renewAt);
      return issued.accessToken();
    } finally {
      lock.unlock();
    }
  }

  /** Returns how many times this session has logged in. */
  int logins() {
    return logins.get();
  }

  /** Forgets {@code rejected} after the server refused it, unless a newer token replaced it already. */
  void invalidate(String rejected) {
    lock.lock();
    try {
      Token t = current;
      if (t != null && t.value().equals(rejected) && login != null) {
        current = null;
      }
    } finally {
      lock.unlock();
    }
  }

  /** Returns the current token without logging in, or null; and forgets it. */
  String takeForLogout() {
    lock.lock();
    try {
      Token t = current;
      current = null;
      return t == null ? null : t.value();
    } finally {
      lock.unlock();
    }
  }
}

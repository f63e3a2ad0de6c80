package io.looksql.emulator.server;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The access tokens issued by {@code login}: random strings, each bound to a user until it expires. */
final class Tokens {
  private static final char[] ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
  private static final int LENGTH = 40;

  private final SecureRandom random = new SecureRandom();
  private final Map<String, TokenSession> sessions = new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration ttl;

  Tokens(Clock clock, Duration ttl) {
    this.clock = clock;
    this.ttl = ttl;
  }

  /** Returns how long a new token lives. */
  Duration ttl() {
    return ttl;
  }

  /** Issues a new token for the user. */
  String issue(ApiUser user) {
    return issue(user, null);
  }

  /** Issues a new token acting as {@code user}, obtained by {@code sudoUser} (null if by login). */
  String issue(ApiUser user, ApiUser sudoUser) {
    Instant now = clock.instant();
    // Drop expired sessions here so the map stays as small as the number of live tokens.
    sessions.values().removeIf(s -> !now.isBefore(s.expiresAt()));
    char[] chars = new char[LENGTH];
    for (int i = 0; i < LENGTH; i++) {
      chars[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    String token = new String(chars);
    sessions.put(token, new TokenSession(user, sudoUser, now.plus(ttl)));
    return token;
  }

  /** Returns the user of a live token, or null if the token is unknown, revoked or expired. */
  ApiUser resolve(String token) {
    TokenSession s = session(token);
    return s == null ? null : s.user();
  }

  /** Returns the session of a live token, or null if the token is unknown, revoked or expired. */
  TokenSession session(String token) {
    TokenSession s = sessions.get(token);
    if (s == null) {
      return null;
    }
    if (!clock.instant().isBefore(s.expiresAt())) {
      sessions.remove(token);
      return null;
    }
    return s;
  }

  /** Revokes a token; returns whether it was live. */
  boolean revoke(String token) {
    return sessions.remove(token) != null;
  }
}

package io.looksql.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Connection properties of {@code jdbc:looksql:}. Another key is an error when it looks like a
 * misspelling of one of these, and otherwise ignored with a warning (tools add keys of their own).
 */
public enum LookerConnectionProperty {
  /** Base URL of the Looker instance, e.g. {@code https://acme.looker.com}; no default. */
  URL("url"),
  /** API3 client id, as Looker's own JDBC driver names it; no default. */
  USER("user"),
  /** API3 client secret, as Looker's own JDBC driver names it; no default. */
  PASSWORD("password"),
  /** API3 client id; no default. */
  CLIENT_ID("clientId"),
  /** API3 client secret; no default. */
  CLIENT_SECRET("clientSecret"),
  /** Access token obtained elsewhere (e.g. OAuth); no default. */
  TOKEN("token"),
  /** E-mail or id of the Looker user every call runs as; no default (the credentials' user). */
  SUDO("sudo"),
  /** Time zone sent as {@code query_timezone}; default {@code UTC}. */
  TIME_ZONE("timeZone"),
  /** Whether hidden explores and fields are listed; default {@code false}. */
  SHOW_HIDDEN("showHidden"),
  /** What a result cut by the row limit does: {@code fail} (default) or {@code warn}. */
  ON_TRUNCATION("onTruncation"),
  /** Row limit sent when a statement has no LIMIT of its own; default 50000. */
  ROW_LIMIT("rowLimit"),
  /** How many prepared plans the connection keeps, by SQL text; default 100, 0 for none. */
  PLAN_CACHE_SIZE("planCacheSize");

  private static final Map<String, LookerConnectionProperty> BY_KEY = new TreeMap<>();

  static {
    for (LookerConnectionProperty p : values()) {
      BY_KEY.put(p.key.toLowerCase(Locale.ROOT), p);
    }
  }

  private final String key;

  LookerConnectionProperty(String key) {
    this.key = key;
  }

  /** Returns the property's key, e.g. {@code clientId}. */
  public String key() {
    return key;
  }

  /** Returns whether the property's value is a secret, masked wherever it is shown. */
  boolean secret() {
    return this == PASSWORD || this == CLIENT_SECRET || this == TOKEN;
  }

  /**
   * Returns the property whose key a given unknown key looks like a misspelling of (at most two
   * letters added, dropped or changed, any case), or null.
   */
  static @Nullable LookerConnectionProperty misspelled(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, LookerConnectionProperty> e : BY_KEY.entrySet()) {
      int limit = Math.min(2, e.getKey().length() / 3);
      if (distance(k, e.getKey()) <= limit) {
        return e.getValue();
      }
    }
    return null;
  }

  /** Returns the Levenshtein distance of two strings. */
  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(change, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Returns the property with a key, ignoring case, or null. */
  static @Nullable LookerConnectionProperty of(String key) {
    return BY_KEY.get(key.toLowerCase(Locale.ROOT));
  }
}

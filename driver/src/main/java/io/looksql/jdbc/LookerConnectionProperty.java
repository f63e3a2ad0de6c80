package io.looksql.jdbc;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Connection properties of {@code jdbc:looksql:}; any other key is an error. */
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

  /** Returns the property with a key, ignoring case, or null. */
  static @Nullable LookerConnectionProperty of(String key) {
    return BY_KEY.get(key.toLowerCase(Locale.ROOT));
  }
}

package io.looksql.jdbc;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Validated settings of one {@code jdbc:looksql:} connection, from the URL's {@code ;key=value}
 * list, the {@link Properties} and, as a fallback for the Looker URL and credentials, the Looker
 * SDK's environment variables. Every problem is reported at once, sorted.
 *
 * <p>An empty value counts as not given (tools such as sqlline always send {@code user} and
 * {@code password}, empty when nobody typed one). A key given in both the URL and the Properties
 * must have the same value there. An unknown key is an error when it looks like a misspelled
 * LookSQL key, and is otherwise ignored with a warning (tools add their own, such as
 * {@code ApplicationName}).
 *
 * <p>Precedence: a key given in the URL or the Properties wins over
 * {@code LOOKERSDK_BASE_URL}, {@code LOOKERSDK_CLIENT_ID} and {@code LOOKERSDK_CLIENT_SECRET}.
 *
 * @param baseUrl Looker base URL, without a trailing slash
 * @param clientId API3 client id, or null when a token is used
 * @param clientSecret API3 client secret, or null when a token is used
 * @param token access token, or null
 * @param sudo user to run as, or null
 * @param timeZone query time zone
 * @param showHidden whether hidden explores and fields are listed
 * @param failOnTruncation whether a truncated result fails the statement
 * @param rowLimit the limit sent when a statement has none
 * @param planCacheSize how many prepared plans are kept for reuse; 0 keeps none
 * @param maskedUrl the connection URL with secret values masked, as {@code getURL()} shows it
 * @param warnings what was ignored, for the connection's {@code getWarnings()}
 */
public record ConnectionSettings(String baseUrl, @Nullable String clientId,
    @Nullable String clientSecret, @Nullable String token, @Nullable String sudo,
    ZoneId timeZone, boolean showHidden, boolean failOnTruncation, long rowLimit,
    int planCacheSize, String maskedUrl, List<String> warnings) {

  /** Parses and validates; throws an SQLException (SQLState 08001) that lists every problem. */
  static ConnectionSettings parse(String urlTail, Properties info, Map<String, String> env)
      throws SQLException {
    TreeSet<String> errors = new TreeSet<>();
    TreeSet<String> warnings = new TreeSet<>();
    Map<LookerConnectionProperty, String> values = new EnumMap<>(LookerConnectionProperty.class);
    StringBuilder masked = new StringBuilder(Driver.PREFIX);
    for (String part : urlTail.split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 0) {
        errors.add("URL part \"" + part + "\" is not key=value");
        continue;
      }
      String key = part.substring(0, eq).trim();
      LookerConnectionProperty p = LookerConnectionProperty.of(key);
      masked.append(masked.length() == Driver.PREFIX.length() ? "" : ";").append(key).append('=')
          .append(p != null && p.secret() ? "***" : part.substring(eq + 1));
      put(values, errors, warnings, key, part.substring(eq + 1), "URL");
    }
    for (String key : info.stringPropertyNames()) {
      put(values, errors, warnings, key, info.getProperty(key), "Properties");
    }
    ConnectionSettings s = build(values, env, errors, masked.toString(), List.copyOf(warnings));
    if (!errors.isEmpty()) {
      throw new SQLException("Invalid jdbc:looksql: connection: " + String.join("; ", errors),
          "08001");
    }
    return s;
  }

  private static void put(Map<LookerConnectionProperty, String> values, TreeSet<String> errors,
      TreeSet<String> warnings, String key, String value, String where) {
    LookerConnectionProperty p = LookerConnectionProperty.of(key);
    if (p == null) {
      LookerConnectionProperty like = LookerConnectionProperty.misspelled(key);
      if (like != null) {
        errors.add("unknown property \"" + key + "\" (in " + where + "); did you mean "
            + like.key() + "?");
      } else {
        warnings.add("ignored property \"" + key + "\" (in " + where + "): not a LookSQL "
            + "property");
      }
    } else if (value == null || value.isBlank()) {
      return; // an empty value is not a value: tools send empty user and password fields
    } else if (values.containsKey(p) && !values.get(p).equals(value)) {
      errors.add("property \"" + p.key() + "\" is given more than once");
    } else {
      values.put(p, value);
    }
  }

  private static @Nullable ConnectionSettings build(Map<LookerConnectionProperty, String> v,
      Map<String, String> env, TreeSet<String> errors, String maskedUrl, List<String> warnings) {
    String url = v.getOrDefault(LookerConnectionProperty.URL, env.get("LOOKERSDK_BASE_URL"));
    String user = first(v.get(LookerConnectionProperty.USER), v.get(LookerConnectionProperty.CLIENT_ID));
    String secret = first(v.get(LookerConnectionProperty.PASSWORD),
        v.get(LookerConnectionProperty.CLIENT_SECRET));
    String token = v.get(LookerConnectionProperty.TOKEN);
    if (v.containsKey(LookerConnectionProperty.USER) && v.containsKey(LookerConnectionProperty.CLIENT_ID)) {
      errors.add("give either user or clientId, not both");
    }
    if (v.containsKey(LookerConnectionProperty.PASSWORD)
        && v.containsKey(LookerConnectionProperty.CLIENT_SECRET)) {
      errors.add("give either password or clientSecret, not both");
    }
    if (token != null && (user != null || secret != null)) {
      errors.add("give either a token or API credentials, not both");
    }
    if (token == null && user == null && secret == null) {
      user = env.get("LOOKERSDK_CLIENT_ID");
      secret = env.get("LOOKERSDK_CLIENT_SECRET");
    }
    if (token == null && (user == null || secret == null)) {
      errors.add("credentials are missing: give user and password, clientId and clientSecret, "
          + "or token");
    }
    if (url == null || url.isBlank()) {
      errors.add("url is missing (e.g. url=https://acme.looker.com)");
    } else {
      checkUrl(url, errors);
    }
    ZoneId zone = ZoneId.of("UTC");
    String tz = v.get(LookerConnectionProperty.TIME_ZONE);
    if (tz != null) {
      try {
        zone = ZoneId.of(tz);
      } catch (DateTimeException e) {
        errors.add("timeZone \"" + tz + "\" is not a time zone");
      }
    }
    boolean hidden = bool(v, LookerConnectionProperty.SHOW_HIDDEN, errors);
    String truncation = v.getOrDefault(LookerConnectionProperty.ON_TRUNCATION, "fail")
        .toLowerCase(Locale.ROOT);
    if (!truncation.equals("fail") && !truncation.equals("warn")) {
      errors.add("onTruncation must be fail or warn, not \"" + truncation + "\"");
    }
    long rowLimit = number(v, LookerConnectionProperty.ROW_LIMIT, 50_000, 1, Long.MAX_VALUE,
        errors);
    long planCacheSize = number(v, LookerConnectionProperty.PLAN_CACHE_SIZE, 100, 0, 100_000,
        errors);
    String sudo = v.get(LookerConnectionProperty.SUDO);
    if (sudo != null && sudo.isBlank()) {
      errors.add("sudo must name a user (e-mail or id)");
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ConnectionSettings(url.replaceAll("/+$", ""), user, secret, token, sudo, zone,
        hidden, truncation.equals("fail"), rowLimit, Math.toIntExact(planCacheSize), maskedUrl,
        warnings);
  }

  private static void checkUrl(String url, TreeSet<String> errors) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      errors.add("url \"" + url + "\" is not a URL");
      return;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
      errors.add("url \"" + url + "\" must be https://host[:port]");
    } else if (scheme.equals("http") && !isLoopback(uri.getHost())) {
      errors.add("url \"" + url + "\" would send secrets over plain http; use https "
          + "(http is allowed only to loopback)");
    }
  }

  private static boolean isLoopback(String host) {
    if (host.equalsIgnoreCase("localhost")) {
      return true;
    }
    try {
      // Only literal addresses are checked, so no DNS lookup happens here.
      return host.matches("[0-9.]+|\\[[0-9a-fA-F:]+]") && InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private static boolean bool(Map<LookerConnectionProperty, String> v, LookerConnectionProperty p,
      TreeSet<String> errors) {
    String s = v.get(p);
    if (s == null) {
      return false;
    }
    if (!s.equalsIgnoreCase("true") && !s.equalsIgnoreCase("false")) {
      errors.add(p.key() + " must be true or false, not \"" + s + "\"");
    }
    return Boolean.parseBoolean(s);
  }

  /** Returns an integer property, its default when absent; reports one out of [min, max]. */
  private static long number(Map<LookerConnectionProperty, String> v, LookerConnectionProperty p,
      long absent, long min, long max, TreeSet<String> errors) {
    String s = v.get(p);
    if (s == null) {
      return absent;
    }
    long n;
    try {
      n = Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      n = min - 1;
    }
    if (n < min || n > max) {
      errors.add(p.key() + " must be " + (min == 1 && max == Long.MAX_VALUE ? "a positive integer"
          : "an integer from " + min + " to " + max) + ", not \"" + s + "\"");
      return absent;
    }
    return n;
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  /** Returns the warnings as a chain of SQLWarnings, or null if there are none. */
  @Nullable SQLWarning warningChain() {
    SQLWarning first = null;
    for (String w : warnings) {
      SQLWarning next = new SQLWarning(w, "01000");
      if (first == null) {
        first = next;
      } else {
        first.setNextWarning(next);
      }
    }
    return first;
  }

  /** Returns the property names and values to show in {@code getPropertyInfo}. */
  static List<String> keys() {
    List<String> keys = new ArrayList<>();
    for (LookerConnectionProperty p : LookerConnectionProperty.values()) {
      keys.add(p.key());
    }
    return keys;
  }
}

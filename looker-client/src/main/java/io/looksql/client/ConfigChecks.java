package io.looksql.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The checks of {@link LookerClientConfig.Builder#build()}; each adds exact messages to a list. */
final class ConfigChecks {
  private ConfigChecks() {
  }

  /**
   * Returns the base URL without trailing slashes, or null after adding a problem: it must be an
   * absolute {@code http} or {@code https} URL with a host and no query.
   */
  static String baseUrl(String url, List<String> problems) {
    if (url == null) {
      problems.add("baseUrl is required (or set " + SdkSettings.BASE_URL + ")");
      return null;
    }
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
          || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        problems.add("baseUrl must be an http or https URL like https://host:19999: " + url);
        return null;
      }
      return u;
    } catch (URISyntaxException e) {
      problems.add("baseUrl must be an http or https URL like https://host:19999: " + url);
      return null;
    }
  }

  /** Checks that exactly one way to authenticate is set: both API3 credentials, or a token. */
  static void auth(String clientId, String clientSecret, String accessToken,
      List<String> problems) {
    boolean credentials = clientId != null || clientSecret != null;
    if (accessToken != null && credentials) {
      problems.add("accessToken cannot be combined with clientId/clientSecret");
    } else if (accessToken == null && clientId == null && clientSecret == null) {
      problems.add("clientId and clientSecret, or accessToken, are required (or set "
          + SdkSettings.CLIENT_ID + " and " + SdkSettings.CLIENT_SECRET + ")");
    } else if (accessToken == null && clientSecret == null) {
      problems.add("clientSecret is required with clientId");
    } else if (accessToken == null && clientId == null) {
      problems.add("clientId is required with clientSecret");
    } else if (accessToken != null && accessToken.isBlank()) {
      problems.add("accessToken must not be blank");
    }
  }

  /**
   * Refuses plain {@code http} to anything but loopback, where a secret would cross the network
   * in clear text; loopback is where the emulator runs.
   */
  static void secretTransport(String url, List<String> problems) {
    URI uri = URI.create(url);
    if (uri.getScheme().equalsIgnoreCase("http") && !isLoopback(uri.getHost())) {
      problems.add("credentials must not be sent over plain http to " + uri.getHost()
          + "; use https (plain http is allowed to loopback only)");
    }
  }

  /** Returns whether a host is loopback by its spelling alone (no DNS lookup). */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  /** Checks that a duration is set and positive. */
  static void positive(String name, Duration d, List<String> problems) {
    if (d == null) {
      problems.add(name + " is required");
    } else if (d.isNegative() || d.isZero()) {
      problems.add(name + " must be positive: " + d);
    }
  }
}

package io.looksql.client;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Looker SDKs' {@code LOOKERSDK_*} settings: JVM system properties (as the Kotlin SDK reads
 * them) over environment variables (as the Python SDK reads them).
 */
final class SdkSettings {
  static final String BASE_URL = "LOOKERSDK_BASE_URL";
  static final String CLIENT_ID = "LOOKERSDK_CLIENT_ID";
  static final String CLIENT_SECRET = "LOOKERSDK_CLIENT_SECRET";
  static final String VERIFY_SSL = "LOOKERSDK_VERIFY_SSL";
  static final String TIMEOUT = "LOOKERSDK_TIMEOUT";
  private static final List<String> NAMES =
      List.of(BASE_URL, CLIENT_ID, CLIENT_SECRET, VERIFY_SSL, TIMEOUT);

  private final Map<String, String> values;

  private SdkSettings(Map<String, String> values) {
    this.values = values;
  }

  /** Returns the settings in a map of variables. */
  static SdkSettings of(Map<String, String> variables) {
    return new SdkSettings(variables);
  }

  /** Returns the settings of this JVM: a system property wins over the environment variable. */
  static SdkSettings system() {
    Map<String, String> v = new HashMap<>();
    for (String name : NAMES) {
      String value = System.getProperty(name, System.getenv(name));
      if (value != null) {
        v.put(name, value);
      }
    }
    return new SdkSettings(v);
  }

  /** Returns a setting, null when unset or blank. */
  String get(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** Returns a whole number of seconds, {@code fallback} if unset; adds a problem if malformed. */
  Duration seconds(String name, Duration fallback, List<String> problems) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Duration.ofSeconds(Long.parseLong(v));
    } catch (NumberFormatException e) {
      problems.add(name + " must be a whole number of seconds: " + v);
      return fallback;
    }
  }

  /** Returns a boolean ({@code true}/{@code false}, any case), {@code fallback} if unset. */
  boolean bool(String name, boolean fallback, List<String> problems) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
    case "true":
      return true;
    case "false":
      return false;
    default:
      problems.add(name + " must be true or false: " + v);
      return fallback;
    }
  }
}

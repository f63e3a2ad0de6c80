package io.looksql.gateway;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.apache.calcite.avatica.remote.Driver.Serialization;

/**
 * Reads a gateway config file (Java properties) into a {@link GatewayServer.Builder}. Every
 * problem (unknown key, bad value, missing setting) is one line naming its key; all are reported
 * at once. Relative paths are resolved against the file's folder.
 */
public final class ConfigFile {
  private ConfigFile() {
  }

  /** A config key and what it sets. */
  private interface Setter extends BiConsumer<GatewayServer.Builder, String> {
  }

  /**
   * Returns a builder with the settings of a config file.
   *
   * @throws IllegalArgumentException with one line per problem, each starting with its key
   */
  public static GatewayServer.Builder read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    Map<String, String> values = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).strip()));
    return apply(values, file.toAbsolutePath().getParent());
  }

  /** Returns a builder with these settings; {@code base} resolves relative paths. */
  static GatewayServer.Builder apply(Map<String, String> values, Path base) {
    GatewayServer.Builder b = GatewayServer.builder();
    List<String> problems = new ArrayList<>();
    Map<String, Setter> setters = setters(base, values);
    for (Map.Entry<String, String> e : values.entrySet()) {
      Setter s = setters.get(e.getKey());
      if (s == null) {
        problems.add(e.getKey() + ": unknown key (known: " + String.join(", ", setters.keySet()) + ")");
        continue;
      }
      try {
        s.accept(b, e.getValue());
      } catch (IllegalArgumentException ex) {
        problems.add(e.getKey() + ": " + ex.getMessage().replace("\n", "; "));
      }
    }
    if (problems.isEmpty()) {
      try {
        b.settings();
      } catch (IllegalArgumentException ex) {
        problems.addAll(List.of(ex.getMessage().split("\n")));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return b;
  }

  private static Map<String, Setter> setters(Path base, Map<String, String> all) {
    Map<String, Setter> m = new TreeMap<>();
    m.put("looker.url", GatewayServer.Builder::lookerUrl);
    m.put("looker.clientId", (b, v) -> b.serviceAccount(v, all.get("looker.clientSecret")));
    m.put("looker.clientSecret", (b, v) -> { });
    m.put("auth.modes", (b, v) -> b.authModes(modes(v)));
    m.put("auth.usersFile", (b, v) -> {
      try {
        b.users(GatewayUsers.load(base.resolve(v)));
      } catch (IOException e) {
        throw new IllegalArgumentException("can't read " + base.resolve(v) + ": " + e);
      }
    });
    m.put("auth.credentialCacheSeconds", (b, v) -> b.credentialCache(seconds(v)));
    m.put("auth.bearerCacheSeconds", (b, v) -> b.bearerCache(seconds(v)));
    m.put("listen.host", GatewayServer.Builder::host);
    m.put("listen.port", (b, v) -> b.port((int) number(v, 0, 65_535)));
    m.put("serialization", (b, v) -> b.serialization(serialization(v)));
    m.put("tls.keystore", (b, v) -> b.tls(base.resolve(v), all.get("tls.keystorePassword"),
        all.getOrDefault("tls.keystoreType", "PKCS12")));
    m.put("tls.keystorePassword", (b, v) -> { });
    m.put("tls.keystoreType", (b, v) -> { });
    m.put("limits.connectionsPerIdentity", (b, v) -> b.connectionsPerIdentity((int) number(v, 1, 100_000)));
    m.put("limits.statementsPerIdentity", (b, v) -> b.statementsPerIdentity((int) number(v, 1, 100_000)));
    m.put("limits.maxRows", (b, v) -> b.maxRows(number(v, 1, Long.MAX_VALUE)));
    m.put("limits.maxFrameRows", (b, v) -> b.maxFrameRows((int) number(v, 1, 1_000_000)));
    m.put("limits.statementTimeoutSeconds", (b, v) -> b.statementTimeout(Duration.ofSeconds(number(v, 0, 86_400))));
    m.put("idle.connectionSeconds", (b, v) -> b.connectionIdle(seconds(v)));
    m.put("idle.statementSeconds", (b, v) -> b.statementIdle(seconds(v)));
    m.put("shutdown.timeoutSeconds", (b, v) -> b.shutdownTimeout(Duration.ofSeconds(number(v, 0, 3600))));
    m.put("cors.allowedOrigins", (b, v) -> b.corsOrigins(v.isEmpty() ? List.of()
        : List.of(v.split("\\s*,\\s*"))));
    return m;
  }

  private static Set<AuthMode> modes(String v) {
    Set<AuthMode> modes = EnumSet.noneOf(AuthMode.class);
    for (String name : v.split("\\s*,\\s*")) {
      try {
        modes.add(AuthMode.valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown mode \"" + name
            + "\" (users, passthrough, bearer)");
      }
    }
    return modes;
  }

  private static Serialization serialization(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "protobuf" -> Serialization.PROTOBUF;
      case "json" -> Serialization.JSON;
      default -> throw new IllegalArgumentException("\"" + v + "\" is not protobuf or json");
    };
  }

  private static Duration seconds(String v) {
    return Duration.ofSeconds(number(v, 1, 31_536_000));
  }

  private static long number(String v, long min, long max) {
    long n;
    try {
      n = Long.parseLong(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + v + "\" is not a whole number");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(n + " is not between " + min + " and " + max);
    }
    return n;
  }
}

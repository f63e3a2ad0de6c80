package io.looksql.gateway;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.avatica.remote.Driver.Serialization;

/**
 * The settings part of {@link GatewayServer.Builder}, with its defaults and checks. Problems are
 * reported under the config file's key names, so that the builder and the file say the same.
 *
 * @param <B> the builder type
 */
public abstract class GatewaySettingsBuilder<B extends GatewaySettingsBuilder<B>> {
  private String lookerUrl;
  private String serviceClientId;
  private String serviceClientSecret;
  private Set<AuthMode> authModes = EnumSet.noneOf(AuthMode.class);
  private GatewayUsers users;
  private Duration credentialCache = Duration.ofMinutes(5);
  private Duration bearerCache = Duration.ofMinutes(1);
  private String host = "127.0.0.1";
  private int port = 8765;
  private Serialization serialization = Serialization.PROTOBUF;
  private Path keystore;
  private String keystorePassword;
  private String keystoreType = "PKCS12";
  private int connectionsPerIdentity = 20;
  private int statementsPerIdentity = 8;
  private long maxRows = 1_000_000;
  private int maxFrameRows = 10_000;
  private Duration connectionIdle = Duration.ofMinutes(10);
  private Duration statementIdle = Duration.ofMinutes(5);
  private Duration shutdownTimeout = Duration.ofSeconds(30);
  private Duration statementTimeout = Duration.ZERO;
  private List<String> corsOrigins = List.of();

  GatewaySettingsBuilder() {
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Sets the Looker base URL ({@code looker.url}); required. */
  public B lookerUrl(String url) {
    this.lookerUrl = url;
    return self();
  }

  /** Sets the service account's API3 credentials ({@code looker.clientId}, {@code looker.clientSecret}). */
  public B serviceAccount(String clientId, String clientSecret) {
    this.serviceClientId = clientId;
    this.serviceClientSecret = clientSecret;
    return self();
  }

  /** Sets the authentication modes ({@code auth.modes}); at least one is required. */
  public B authModes(Set<AuthMode> modes) {
    this.authModes = modes.isEmpty() ? EnumSet.noneOf(AuthMode.class) : EnumSet.copyOf(modes);
    return self();
  }

  /** Sets the gateway's users ({@code auth.usersFile}), for {@link AuthMode#USERS}. */
  public B users(GatewayUsers gatewayUsers) {
    this.users = gatewayUsers;
    return self();
  }

  /** Sets how long checked BASIC credentials are remembered ({@code auth.credentialCacheSeconds}, 300). */
  public B credentialCache(Duration ttl) {
    this.credentialCache = ttl;
    return self();
  }

  /** Sets how long a checked bearer token is remembered ({@code auth.bearerCacheSeconds}, 60). */
  public B bearerCache(Duration ttl) {
    this.bearerCache = ttl;
    return self();
  }

  /** Sets the listen address ({@code listen.host}, 127.0.0.1). */
  public B host(String listenHost) {
    this.host = listenHost;
    return self();
  }

  /** Sets the listen port ({@code listen.port}, 8765; 0 for any free port). */
  public B port(int listenPort) {
    this.port = listenPort;
    return self();
  }

  /** Sets the wire format ({@code serialization}, protobuf). */
  public B serialization(Serialization format) {
    this.serialization = format;
    return self();
  }

  /** Serves HTTPS with a keystore ({@code tls.keystore}, {@code tls.keystorePassword}, {@code tls.keystoreType}). */
  public B tls(Path file, String password, String type) {
    this.keystore = file;
    this.keystorePassword = password;
    this.keystoreType = type;
    return self();
  }

  /** Sets the most open connections per identity ({@code limits.connectionsPerIdentity}, 20). */
  public B connectionsPerIdentity(int max) {
    this.connectionsPerIdentity = max;
    return self();
  }

  /** Sets the most statements per identity running at once ({@code limits.statementsPerIdentity}, 8). */
  public B statementsPerIdentity(int max) {
    this.statementsPerIdentity = max;
    return self();
  }

  /** Sets the most rows of one result ({@code limits.maxRows}, 1,000,000); more fails the statement. */
  public B maxRows(long max) {
    this.maxRows = max;
    return self();
  }

  /** Sets the most rows per frame, whatever the client's fetch size ({@code limits.maxFrameRows}, 10,000). */
  public B maxFrameRows(int max) {
    this.maxFrameRows = max;
    return self();
  }

  /** Sets the idle time that closes a connection ({@code idle.connectionSeconds}, 600). */
  public B connectionIdle(Duration idle) {
    this.connectionIdle = idle;
    return self();
  }

  /** Sets the idle time that closes a statement ({@code idle.statementSeconds}, 300). */
  public B statementIdle(Duration idle) {
    this.statementIdle = idle;
    return self();
  }

  /** Sets how long running requests may finish at shutdown ({@code shutdown.timeoutSeconds}, 30). */
  public B shutdownTimeout(Duration timeout) {
    this.shutdownTimeout = timeout;
    return self();
  }

  /**
   * Sets how long a statement may run before the driver kills its Looker query
   * ({@code limits.statementTimeoutSeconds}, 0: no limit); thin clients can't cancel or time out
   * a statement themselves, Avatica's protocol has no request for it.
   */
  public B statementTimeout(Duration timeout) {
    this.statementTimeout = timeout;
    return self();
  }

  /** Sets the browser origins allowed by CORS ({@code cors.allowedOrigins}; none: CORS off). */
  public B corsOrigins(List<String> origins) {
    this.corsOrigins = List.copyOf(origins);
    return self();
  }

  /**
   * Returns the checked settings.
   *
   * @throws IllegalArgumentException listing every problem, one per line, each naming its key
   */
  GatewaySettings settings() {
    List<String> problems = new ArrayList<>();
    if (lookerUrl == null || lookerUrl.isBlank()) {
      problems.add("looker.url: required");
    } else {
      try {
        URI u = new URI(lookerUrl);
        if (!("https".equals(u.getScheme()) || "http".equals(u.getScheme())) || u.getHost() == null) {
          problems.add("looker.url: not an http(s)://host[:port] URL: " + lookerUrl);
        }
      } catch (Exception e) {
        problems.add("looker.url: not a URL: " + lookerUrl);
      }
    }
    if (authModes.isEmpty()) {
      problems.add("auth.modes: at least one of users, passthrough, bearer is required");
    }
    if (authModes.contains(AuthMode.USERS)) {
      if (users == null) {
        problems.add("auth.usersFile: required by auth mode users");
      }
      if (serviceClientId == null || serviceClientSecret == null) {
        problems.add("looker.clientId: the service account's client id and secret are required"
            + " by auth mode users");
      }
    }
    positive(problems, "auth.credentialCacheSeconds", credentialCache);
    positive(problems, "auth.bearerCacheSeconds", bearerCache);
    if (host == null || host.isBlank()) {
      problems.add("listen.host: required");
    }
    if (port < 0 || port > 65_535) {
      problems.add("listen.port: not a port number (0-65535): " + port);
    }
    if (serialization == null) {
      problems.add("serialization: required (protobuf or json)");
    }
    if (keystore != null) {
      if (!Files.isReadable(keystore)) {
        problems.add("tls.keystore: not a readable file: " + keystore);
      }
      if (keystorePassword == null) {
        problems.add("tls.keystorePassword: required with tls.keystore");
      }
    }
    atLeastOne(problems, "limits.connectionsPerIdentity", connectionsPerIdentity);
    atLeastOne(problems, "limits.statementsPerIdentity", statementsPerIdentity);
    atLeastOne(problems, "limits.maxRows", maxRows);
    atLeastOne(problems, "limits.maxFrameRows", maxFrameRows);
    positive(problems, "idle.connectionSeconds", connectionIdle);
    positive(problems, "idle.statementSeconds", statementIdle);
    if (shutdownTimeout == null || shutdownTimeout.isNegative()) {
      problems.add("shutdown.timeoutSeconds: must be 0 or more");
    }
    if (statementTimeout == null || statementTimeout.isNegative()
        || statementTimeout.toSeconds() > Integer.MAX_VALUE) {
      problems.add("limits.statementTimeoutSeconds: must be 0 or more seconds");
    } else if (!statementTimeout.isZero() && statementTimeout.toSeconds() == 0) {
      problems.add("limits.statementTimeoutSeconds: JDBC counts whole seconds; at least 1");
    }
    for (String origin : corsOrigins) {
      if (!origin.matches("https?://[^/\\s]+")) {
        problems.add("cors.allowedOrigins: not an origin (scheme://host[:port]): " + origin);
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems));
    }
    return new GatewaySettings(lookerUrl.replaceAll("/+$", ""), serviceClientId,
        serviceClientSecret, authModes, users, credentialCache, bearerCache, host, port,
        serialization, keystore, keystorePassword, keystoreType, connectionsPerIdentity,
        statementsPerIdentity, maxRows, maxFrameRows, connectionIdle, statementIdle,
        shutdownTimeout, statementTimeout, corsOrigins);
  }

  private static void positive(List<String> problems, String key, Duration d) {
    if (d == null || d.isZero() || d.isNegative()) {
      problems.add(key + ": must be more than 0");
    }
  }

  private static void atLeastOne(List<String> problems, String key, long value) {
    if (value < 1) {
      problems.add(key + ": must be at least 1: " + value);
    }
  }
}

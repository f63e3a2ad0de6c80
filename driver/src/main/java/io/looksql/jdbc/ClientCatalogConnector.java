package io.looksql.jdbc;

import io.looksql.catalog.ExecutionSettings;
import io.looksql.catalog.ExploreCache;
import io.looksql.catalog.LookerCatalog;
import io.looksql.catalog.LookerClientSource;
import io.looksql.client.LookerClient;
import io.looksql.client.LookerApiException;
import io.looksql.client.LookerClientConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import io.looksql.client.model.User;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Connects through {@link LookerClient}: logs in (and sudoes) once per connection and keys cached
 * metadata by host and Looker user.
 */
final class ClientCatalogConnector implements CatalogConnector {
  private final ExploreCache explores;

  /** Creates a ClientCatalogConnector that caches explores in the JVM's shared cache. */
  ClientCatalogConnector() {
    this(ExploreCache.shared());
  }

  /** Creates a ClientCatalogConnector that caches explores in {@code explores}. */
  ClientCatalogConnector(ExploreCache explores) {
    this.explores = explores;
  }

  @Override public Login connect(ConnectionSettings s, ExecutionSettings execution)
      throws SQLException {
    LookerClientConfig.Builder config = LookerClientConfig.builder()
        .baseUrl(s.baseUrl())
        // The driver has already applied the LOOKERSDK_* fallback; the client must not again.
        .environment(Map.of());
    if (s.token() != null) {
      config.accessToken(s.token());
    } else {
      config.clientId(s.clientId()).clientSecret(s.clientSecret());
    }
    LookerClient owner = null;
    LookerClient client;
    try {
      owner = LookerClient.create(config.build());
      owner.login();
      client = s.sudo() != null ? owner.sudo(s.sudo()) : owner;
    } catch (RuntimeException e) {
      if (owner != null) {
        owner.close();
      }
      throw loginFailure(s.baseUrl(), e);
    }
    LookerClientSource source = new LookerClientSource(client, owner);
    LookerClient user = client;
    return new Login(LookerCatalog.create(identity(s), source, source, explores,
        s.showHidden(), execution), memoized(() -> {
          User me = user.fetchMe();
          return me.email() != null ? me.email() : me.displayName();
        }));
  }

  /**
   * Returns the SQLException of a failed login: 28000 when Looker answered and refused the
   * credentials (or the sudo user), 08001 when no answer came (Looker is down or unreachable),
   * 08S01 when it answered with a server error.
   */
  static SQLException loginFailure(String baseUrl, RuntimeException e) {
    int status = e instanceof LookerApiException api ? api.status() : 0;
    if (status == 0) {
      return new SQLException("Could not reach Looker at " + baseUrl + ": " + e.getMessage(),
          "08001", e);
    }
    if (status >= 500) {
      return new SQLException("Looker at " + baseUrl + " failed to log in: " + e.getMessage(),
          "08S01", e);
    }
    return new SQLException("Looker at " + baseUrl + " refused the login: " + e.getMessage(),
        "28000", e);
  }

  private static Supplier<String> memoized(Supplier<String> s) {
    return new Supplier<>() {
      private volatile String value;

      @Override public String get() {
        if (value == null) {
          value = s.get();
        }
        return value;
      }
    };
  }

  /**
   * Returns the key of the Looker identity a connection's settings log in as: host and user. A
   * token stands for its user by its SHA-256 digest: a 32-bit hash of two users' tokens can
   * collide, and cached metadata must never be shared between identities.
   */
  static String identity(ConnectionSettings s) {
    String user = s.sudo() != null ? "sudo:" + s.sudo()
        : s.token() != null ? "token:" + sha256(s.token())
        : "client:" + s.clientId();
    return s.baseUrl() + "|" + user;
  }

  private static String sha256(String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}

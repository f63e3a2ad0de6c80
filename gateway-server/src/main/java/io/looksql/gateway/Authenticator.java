package io.looksql.gateway;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.looksql.client.LookerApiException;
import io.looksql.client.LookerClient;
import io.looksql.client.LookerClientConfig;
import io.looksql.client.model.User;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an HTTP {@code Authorization} header into an {@link Identity}, or refuses it.
 *
 * <p>A header that passed is remembered, under an HMAC of it with a key that lives only in this
 * process (never the secret itself), for {@code credentialCache}: thin clients send it on every
 * request, and neither a slow password hash nor a Looker round trip can be paid each time. A
 * bearer token is checked against Looker ({@code GET /user}) and remembered for at most
 * {@code bearerCache}, since a token's expiry is not something Looker tells its bearer.
 */
final class Authenticator {
  /** Thrown when Looker can't be asked (down, or answering errors other than "no"). */
  static final class LookerUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    LookerUnavailableException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final GatewaySettings settings;
  private final Set<AuthMode> modes;
  private final GatewayUsers users;
  private final Cache<String, Identity> basicCache;
  private final Cache<String, Identity> bearerCache;
  private final SecretKeySpec cacheKey;

  Authenticator(GatewaySettings settings) {
    this.settings = settings;
    this.modes = settings.authModes();
    this.users = settings.users();
    this.basicCache = cache(settings.credentialCache());
    this.bearerCache = cache(settings.bearerCache());
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.cacheKey = new SecretKeySpec(key, "HmacSHA256");
  }

  private static Cache<String, Identity> cache(Duration ttl) {
    return CacheBuilder.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
  }

  /** Returns the identity the header proves, or null if it proves none. */
  Identity authenticate(String header) throws LookerUnavailableException {
    if (header == null) {
      return null;
    }
    if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basic(header.substring(6).trim());
    }
    if (header.regionMatches(true, 0, "Bearer ", 0, 7) && modes.contains(AuthMode.BEARER)) {
      return bearer(header.substring(7).trim());
    }
    return null;
  }

  private Identity basic(String encoded) throws LookerUnavailableException {
    String key = hmac("basic " + encoded);
    Identity known = basicCache.getIfPresent(key);
    if (known != null) {
      return known;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String name = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);
    Identity identity = null;
    GatewayUsers.User user = modes.contains(AuthMode.USERS) && users != null ? users.find(name) : null;
    if (user != null) {
      if (user.hash().matches(password.toCharArray())) {
        identity = new Identity("user:" + name, AuthMode.USERS, user.lookerUser(), Map.of(
            "clientId", settings.serviceClientId(), "clientSecret", settings.serviceClientSecret(),
            "sudo", user.lookerUser()));
      }
    } else if (modes.contains(AuthMode.PASSTHROUGH)) {
      User me = me(LookerClientConfig.builder().clientId(name).clientSecret(password));
      if (me != null) {
        identity = new Identity("api3:" + name, AuthMode.PASSTHROUGH, me.id(),
            Map.of("clientId", name, "clientSecret", password));
      }
    }
    if (identity != null) {
      basicCache.put(key, identity);
    }
    return identity;
  }

  private Identity bearer(String token) throws LookerUnavailableException {
    if (token.isEmpty()) {
      return null;
    }
    String key = hmac("bearer " + token);
    Identity known = bearerCache.getIfPresent(key);
    if (known != null) {
      return known;
    }
    User me = me(LookerClientConfig.builder().accessToken(token));
    if (me == null) {
      return null;
    }
    Identity identity = new Identity("looker:" + me.id(), AuthMode.BEARER, me.id(),
        Map.of("token", token));
    bearerCache.put(key, identity);
    return identity;
  }

  /** Returns who Looker says these credentials are, or null if Looker refuses them. */
  private User me(LookerClientConfig.Builder config) throws LookerUnavailableException {
    config.baseUrl(settings.lookerUrl()).environment(Map.of())
        .requestTimeout(Duration.ofSeconds(30)).userAgent("looksql-gateway");
    try (LookerClient client = LookerClient.create(config.build())) {
      return client.fetchMe();
    } catch (LookerApiException e) {
      // Looker answers bad API3 credentials with 404, a bad or expired token with 401.
      if (e.status() == 401 || e.status() == 403 || e.status() == 404) {
        return null;
      }
      throw new LookerUnavailableException("Looker answered " + e.status(), e);
    } catch (IllegalArgumentException e) {
      return null;
    } catch (RuntimeException e) {
      throw new LookerUnavailableException("Looker could not be reached", e);
    }
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(cacheKey);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JDK", e);
    }
  }
}

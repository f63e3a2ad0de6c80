package io.looksql.client;

import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a {@link LookerClient}: where Looker is, who calls it, timeouts, TLS and retries.
 *
 * <p>Unset values fall back to the Looker SDKs' settings {@code LOOKERSDK_BASE_URL},
 * {@code LOOKERSDK_CLIENT_ID}, {@code LOOKERSDK_CLIENT_SECRET}, {@code LOOKERSDK_VERIFY_SSL} and
 * {@code LOOKERSDK_TIMEOUT} (seconds), read as JVM system properties and then as environment
 * variables. Explicit values always win; credentials are taken from there only when neither
 * credentials nor an access token were set.
 *
 * <p>{@link Builder#build()} checks everything at once and reports every problem in one
 * {@link IllegalArgumentException}, sorted: {@code "Invalid Looker client configuration: a; b"}.
 */
public final class LookerClientConfig {
  /** Default time to connect. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time until a response starts, as in Looker's SDKs ({@code timeout = 120}). */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);
  /** Default {@code User-Agent} and {@code x-looker-appid}. */
  public static final String DEFAULT_USER_AGENT = "looksql-client";

  private final String baseUrl;
  private final String clientId;
  private final String clientSecret;
  private final String accessToken;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final boolean verifySsl;
  private final KeyStore trustStore;
  private final String userAgent;
  private final String appId;
  private final RetryPolicy retryPolicy;
  private final Clock clock;

  private LookerClientConfig(Builder b, String baseUrl, String clientId, String clientSecret,
      Duration requestTimeout, boolean verifySsl) {
    this.baseUrl = baseUrl;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.accessToken = b.accessToken;
    this.connectTimeout = b.connectTimeout;
    this.requestTimeout = requestTimeout;
    this.verifySsl = verifySsl;
    this.trustStore = b.trustStore;
    this.userAgent = b.userAgent;
    this.appId = b.appId;
    this.retryPolicy = b.retryPolicy;
    this.clock = b.clock;
  }

  /** Returns a builder; nothing is set, so the {@code LOOKERSDK_*} settings apply. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL, e.g. {@code https://example.looker.com:19999}, without {@code /api/4.0}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Returns the API3 client id, or null when an access token is used. */
  public String clientId() {
    return clientId;
  }

  String clientSecret() {
    return clientSecret;
  }

  String accessToken() {
    return accessToken;
  }

  /** Returns the time allowed to connect. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the time allowed until a response starts (a query's rows may take longer). */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** Returns whether TLS certificates and host names are verified. */
  public boolean verifySsl() {
    return verifySsl;
  }

  /** Returns the trust store for TLS, or null for the JDK's default. */
  public KeyStore trustStore() {
    return trustStore;
  }

  /** Returns the {@code User-Agent} header. */
  public String userAgent() {
    return userAgent;
  }

  /** Returns the {@code x-looker-appid} header. */
  public String appId() {
    return appId;
  }

  /** Returns the retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  Clock clock() {
    return clock;
  }

  /** Returns the settings without secrets. */
  @Override public String toString() {
    return "LookerClientConfig{baseUrl=" + baseUrl + ", clientId=" + clientId
        + ", auth=" + (accessToken != null ? "token" : "credentials")
        + ", connectTimeout=" + connectTimeout + ", requestTimeout=" + requestTimeout
        + ", verifySsl=" + verifySsl + ", retryPolicy=" + retryPolicy + "}";
  }

  /** Builder of a {@link LookerClientConfig}. */
  public static final class Builder {
    private String baseUrl;
    private String clientId;
    private String clientSecret;
    private String accessToken;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout;
    private Boolean verifySsl;
    private KeyStore trustStore;
    private String userAgent = DEFAULT_USER_AGENT;
    private String appId = DEFAULT_USER_AGENT;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Map<String, String> environment;
    private Clock clock = Clock.systemUTC();

    private Builder() {
    }

    /** Sets the base URL, {@code https://host[:port]}; a trailing {@code /} is ignored. */
    public Builder baseUrl(String url) {
      this.baseUrl = url;
      return this;
    }

    /** Sets the API3 client id. */
    public Builder clientId(String id) {
      this.clientId = id;
      return this;
    }

    /** Sets the API3 client secret. */
    public Builder clientSecret(String secret) {
      this.clientSecret = secret;
      return this;
    }

    /** Sets an access token obtained elsewhere (e.g. OAuth) instead of API3 credentials. */
    public Builder accessToken(String token) {
      this.accessToken = token;
      return this;
    }

    /** Sets the time allowed to connect (default 10 s). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /** Sets the time allowed until a response starts (default 120 s or {@code LOOKERSDK_TIMEOUT}). */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /** Sets whether TLS certificates and host names are verified (default true). */
    public Builder verifySsl(boolean verify) {
      this.verifySsl = verify;
      return this;
    }

    /** Sets the trust store that TLS certificates are checked against (default: the JDK's). */
    public Builder trustStore(KeyStore store) {
      this.trustStore = store;
      return this;
    }

    /** Sets the {@code User-Agent} header (default {@code looksql-client}). */
    public Builder userAgent(String agent) {
      this.userAgent = agent;
      return this;
    }

    /** Sets the {@code x-looker-appid} header (default {@code looksql-client}). */
    public Builder appId(String id) {
      this.appId = id;
      return this;
    }

    /** Sets the retry policy (default {@link RetryPolicy#DEFAULT}). */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = policy;
      return this;
    }

    /**
     * Reads the {@code LOOKERSDK_*} fallback from this map only, instead of the system properties
     * and the environment; for tests and for callers that manage settings themselves.
     */
    public Builder environment(Map<String, String> variables) {
      this.environment = Map.copyOf(variables);
      return this;
    }

    /** Sets the clock that token expiry is measured by; for tests. */
    Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * Returns the configuration.
     *
     * @throws IllegalArgumentException listing every problem found
     */
    public LookerClientConfig build() {
      SdkSettings sdk = environment != null ? SdkSettings.of(environment) : SdkSettings.system();
      List<String> problems = new ArrayList<>();
      String url = baseUrl != null ? baseUrl : sdk.get(SdkSettings.BASE_URL);
      // Credentials come as a whole: explicit ones are never completed from the environment.
      boolean explicitAuth = clientId != null || clientSecret != null || accessToken != null;
      String id = explicitAuth ? clientId : sdk.get(SdkSettings.CLIENT_ID);
      String secret = explicitAuth ? clientSecret : sdk.get(SdkSettings.CLIENT_SECRET);
      Duration timeout = requestTimeout != null ? requestTimeout
          : sdk.seconds(SdkSettings.TIMEOUT, DEFAULT_REQUEST_TIMEOUT, problems);
      boolean verify = verifySsl != null ? verifySsl
          : sdk.bool(SdkSettings.VERIFY_SSL, true, problems);
      url = ConfigChecks.baseUrl(url, problems);
      ConfigChecks.auth(id, secret, accessToken, problems);
      if (url != null && (secret != null || accessToken != null)) {
        ConfigChecks.secretTransport(url, problems);
      }
      ConfigChecks.positive("connectTimeout", connectTimeout, problems);
      ConfigChecks.positive("requestTimeout", timeout, problems);
      if (!verify && trustStore != null) {
        problems.add("trustStore cannot be combined with verifySsl=false");
      }
      if (userAgent == null || userAgent.isBlank()) {
        problems.add("userAgent must not be blank");
      }
      if (appId == null || appId.isBlank()) {
        problems.add("appId must not be blank");
      }
      if (retryPolicy == null) {
        problems.add("retryPolicy is required");
      }
      if (!problems.isEmpty()) {
        problems.sort(null);
        throw new IllegalArgumentException(
            "Invalid Looker client configuration: " + String.join("; ", problems));
      }
      return new LookerClientConfig(this, url, id, secret, timeout, verify);
    }
  }
}

package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Configuration: defaults, the {@code LOOKERSDK_*} fallback, and each invalid setting's exact message. */
class LookerClientConfigTest {
  private static final String PREFIX = "Invalid Looker client configuration: ";

  private static LookerClientConfig.Builder valid() {
    return LookerClientConfig.builder().baseUrl("https://example.looker.com:19999/")
        .clientId("id").clientSecret("secret").environment(Map.of());
  }

  @Test void defaults() {
    LookerClientConfig c = valid().build();
    assertEquals("https://example.looker.com:19999", c.baseUrl());
    assertEquals(Duration.ofSeconds(120), c.requestTimeout());
    assertEquals(Duration.ofSeconds(10), c.connectTimeout());
    assertTrue(c.verifySsl());
    assertEquals("looksql-client", c.userAgent());
    assertEquals(RetryPolicy.DEFAULT, c.retryPolicy());
    assertFalse(c.toString().contains("secret"), c.toString());
  }

  @Test void environmentFillsWhatIsUnset() {
    LookerClientConfig c = LookerClientConfig.builder().environment(Map.of(
        "LOOKERSDK_BASE_URL", "https://env.example.com", "LOOKERSDK_CLIENT_ID", "env-id",
        "LOOKERSDK_CLIENT_SECRET", "env-secret", "LOOKERSDK_TIMEOUT", "30",
        "LOOKERSDK_VERIFY_SSL", "FALSE")).build();
    assertEquals("https://env.example.com", c.baseUrl());
    assertEquals("env-id", c.clientId());
    assertEquals("env-secret", c.clientSecret());
    assertEquals(Duration.ofSeconds(30), c.requestTimeout());
    assertFalse(c.verifySsl());
  }

  @Test void explicitValuesWinAndCredentialsAreNotMixed() {
    LookerClientConfig c = LookerClientConfig.builder().baseUrl("https://mine.example.com")
        .accessToken("tok").requestTimeout(Duration.ofSeconds(5)).environment(Map.of(
            "LOOKERSDK_BASE_URL", "https://env.example.com", "LOOKERSDK_CLIENT_ID", "env-id",
            "LOOKERSDK_CLIENT_SECRET", "env-secret", "LOOKERSDK_TIMEOUT", "30")).build();
    assertEquals("https://mine.example.com", c.baseUrl());
    assertNull(c.clientId(), "an explicit token is not combined with environment credentials");
    assertEquals("tok", c.accessToken());
    assertEquals(Duration.ofSeconds(5), c.requestTimeout());
  }

  @Test void systemPropertyWinsOverEnvironment() {
    System.setProperty("LOOKERSDK_TIMEOUT", "42");
    try {
      assertEquals(Duration.ofSeconds(42), LookerClientConfig.builder()
          .baseUrl("https://x.example.com").accessToken("t").build().requestTimeout());
    } finally {
      System.clearProperty("LOOKERSDK_TIMEOUT");
    }
  }

  @Test void plainHttpIsFineToLoopback() {
    for (String url : new String[] {"http://127.0.0.1:8080", "http://localhost", "http://[::1]:1",
        "http://127.1.2.3"}) {
      assertEquals(url, valid().baseUrl(url).build().baseUrl());
    }
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        // nothing set and no environment
        bad(b -> LookerClientConfig.builder().environment(Map.of()),
            "baseUrl is required (or set LOOKERSDK_BASE_URL); clientId and clientSecret, or "
            + "accessToken, are required (or set LOOKERSDK_CLIENT_ID and LOOKERSDK_CLIENT_SECRET)"),
        // not http(s)
        bad(b -> b.baseUrl("ftp://example.com"),
            "baseUrl must be an http or https URL like https://host:19999: ftp://example.com"),
        // no host
        bad(b -> b.baseUrl("https:///x"),
            "baseUrl must be an http or https URL like https://host:19999: https:///x"),
        // a query string
        bad(b -> b.baseUrl("https://h.example.com?a=1"),
            "baseUrl must be an http or https URL like https://host:19999: https://h.example.com?a=1"),
        // a secret in clear text over the network
        bad(b -> b.baseUrl("http://looker.example.com"),
            "credentials must not be sent over plain http to looker.example.com; use https "
            + "(plain http is allowed to loopback only)"),
        // a token is a secret too
        bad(b -> b.baseUrl("http://10.0.0.1").clientId(null).clientSecret(null).accessToken("t"),
            "credentials must not be sent over plain http to 10.0.0.1; use https "
            + "(plain http is allowed to loopback only)"),
        // half the credentials
        bad(b -> b.clientSecret(null), "clientSecret is required with clientId"),
        bad(b -> b.clientId(null), "clientId is required with clientSecret"),
        // two ways to log in
        bad(b -> b.accessToken("t"), "accessToken cannot be combined with clientId/clientSecret"),
        // durations
        bad(b -> b.connectTimeout(Duration.ZERO), "connectTimeout must be positive: PT0S"),
        bad(b -> b.requestTimeout(Duration.ofSeconds(-1)), "requestTimeout must be positive: PT-1S"),
        bad(b -> b.connectTimeout(null), "connectTimeout is required"),
        // TLS settings that contradict each other
        bad(b -> b.verifySsl(false).trustStore(emptyTrustStore()),
            "trustStore cannot be combined with verifySsl=false"),
        bad(b -> b.userAgent(" "), "userAgent must not be blank"),
        bad(b -> b.appId(""), "appId must not be blank"),
        bad(b -> b.retryPolicy(null), "retryPolicy is required"),
        // malformed environment values
        bad(b -> b.environment(Map.of("LOOKERSDK_TIMEOUT", "soon", "LOOKERSDK_VERIFY_SSL", "yes")),
            "LOOKERSDK_TIMEOUT must be a whole number of seconds: soon; "
            + "LOOKERSDK_VERIFY_SSL must be true or false: yes"),
        // several problems at once are all reported, sorted
        bad(b -> b.baseUrl("http://example.com").clientSecret(null).appId(""),
            "appId must not be blank; clientSecret is required with clientId"));
  }

  private static Arguments bad(UnaryOperator<LookerClientConfig.Builder> change, String message) {
    return Arguments.of(change, message);
  }

  private static java.security.KeyStore emptyTrustStore() {
    try {
      java.security.KeyStore ks = java.security.KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      return ks;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest @MethodSource("invalid")
  void invalidSettingsAreRejectedWithExactMessages(
      UnaryOperator<LookerClientConfig.Builder> change, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> change.apply(valid()).build());
    assertEquals(PREFIX + message, e.getMessage());
  }

  @Test void retryPolicyBackoffGrowsWithJitterAndIsCapped() {
    RetryPolicy p = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(1000));
    for (int i = 0; i < 100; i++) {
      long first = p.backoff(1).toMillis();
      long third = p.backoff(3).toMillis();
      long tenth = p.backoff(10).toMillis();
      assertTrue(first >= 50 && first < 100, "first " + first);
      assertTrue(third >= 200 && third < 400, "third " + third);
      assertTrue(tenth >= 500 && tenth < 1000, "tenth " + tenth);
    }
    assertThrows(IllegalArgumentException.class,
        () -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO));
  }
}

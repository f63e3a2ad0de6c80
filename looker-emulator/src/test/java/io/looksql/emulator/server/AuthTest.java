package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.assertError;
import static io.looksql.emulator.server.TestServer.enc;
import static io.looksql.emulator.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Login, tokens, logout, the 401/404/405 answers and {@code GET /user}, {@code GET /versions}. */
class AuthTest {
  private static TestServer server;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
  }

  @AfterAll static void stop() {
    server.close();
  }

  @Test void loginReturnsAccessToken() throws Exception {
    HttpResponse<String> r = server.postForm("/login", "client_id="
        + enc(server.server.adminClientId()) + "&client_secret=" + enc(server.server.adminClientSecret()));
    assertEquals(200, r.statusCode());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    JsonNode token = json(r);
    assertEquals(40, token.get("access_token").asText().length());
    assertEquals("Bearer", token.get("token_type").asText());
    assertEquals(3600, token.get("expires_in").asLong());
    assertTrue(token.get("refresh_token").isNull());
    assertNotEquals(token.get("access_token").asText(), server.login(), "tokens are random");
  }

  @Test void loginAcceptsQueryParameters() throws Exception {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.api("/login?client_id="
        + enc(server.server.adminClientId()) + "&client_secret="
        + enc(server.server.adminClientSecret())))).POST(HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, r.statusCode(), r.body());
  }

  @Test void badOrMissingCredentialsAre404() throws Exception {
    assertError(server.postForm("/login", "client_id=" + enc(server.server.adminClientId())
        + "&client_secret=wrong"), 404, "/404/post/login");
    assertError(server.postForm("/login", ""), 404, "/404/post/login");
  }

  @Test void callsWithoutValidTokenAre401() throws Exception {
    HttpResponse<String> r = server.get("/lookml_models", null);
    assertError(r, 401, "/401/get/lookml_models");
    assertEquals("Requires authentication.", json(r).get("message").asText());
    assertError(server.get("/lookml_models", "not-a-token"), 401, null);
    assertError(server.send(HttpRequest.newBuilder(URI.create(server.api("/user")))
        .header("Authorization", "Basic abc").build()), 401, null);
  }

  @Test void tokenAndBearerSchemesAreAccepted() throws Exception {
    String token = server.login();
    for (String scheme : new String[] {"token", "Bearer", "TOKEN", "bearer"}) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.api("/user")))
          .header("Authorization", scheme + " " + token).build());
      assertEquals(200, r.statusCode(), scheme);
    }
  }

  @Test void logoutRevokesOnlyTheCallingToken() throws Exception {
    String first = server.login();
    String second = server.login();
    HttpResponse<String> r = server.delete("/logout", first);
    assertEquals(204, r.statusCode());
    assertEquals("", r.body());
    assertError(server.get("/user", first), 401, null);
    assertEquals(200, server.get("/user", second).statusCode());
    HttpResponse<String> unversioned = server.send(TestServer.request(
        server.server.baseUrl() + "/api/logout", second).DELETE().build());
    assertEquals(204, unversioned.statusCode());
    assertError(server.get("/user", second), 401, null);
  }

  @Test void expiredTokensAre401() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2024-05-01T00:00:00Z"));
    try (TestServer s = new TestServer(clock, Duration.ofMinutes(10))) {
      String token = s.login();
      HttpResponse<String> login = s.postForm("/login", "client_id=" + enc(s.server.adminClientId())
          + "&client_secret=" + enc(s.server.adminClientSecret()));
      assertEquals(600, json(login).get("expires_in").asLong());
      clock.now = clock.now.plusSeconds(599);
      assertEquals(200, s.get("/user", token).statusCode());
      clock.now = clock.now.plusSeconds(1);
      assertError(s.get("/user", token), 401, null);
    }
  }

  @Test void meReturnsTheAdminUser() throws Exception {
    JsonNode user = json(server.get("/user", server.login()));
    assertEquals("1", user.get("id").asText());
    assertTrue(user.get("id").isTextual());
    assertEquals("admin@example.com", user.get("email").asText());
    assertEquals(user.get("first_name").asText() + " " + user.get("last_name").asText(),
        user.get("display_name").asText());
    assertEquals(false, user.get("is_disabled").asBoolean());
    assertEquals("2", user.get("role_ids").get(0).asText());
    assertEquals(server.server.adminClientId(),
        user.get("credentials_api3").get(0).get("client_id").asText());
    assertTrue(user.get("credentials_api3").get(0).get("client_secret") == null,
        "the secret is never shown");
  }

  @Test void versionsNeedNoAuthentication() throws Exception {
    for (String url : new String[] {server.server.baseUrl() + "/versions", server.api("/versions")}) {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(url)).build());
      assertEquals(200, r.statusCode());
      JsonNode v = json(r);
      assertEquals("4.0", v.get("current_version").get("version").asText());
      assertEquals("current", v.get("current_version").get("status").asText());
      assertEquals(server.server.baseUrl(), v.get("api_server_url").asText());
      assertEquals("4.0", v.get("supported_versions").get(0).get("version").asText());
    }
  }

  @Test void unknownPathsAre404AndWrongMethods405() throws Exception {
    String token = server.login();
    assertError(server.get("/no_such_thing", token), 404, "/404/get/no_such_thing");
    assertError(server.send(HttpRequest.newBuilder(URI.create(server.server.baseUrl() + "/other"))
        .build()), 404, null);
    assertError(server.delete("/lookml_models", token), 405, "/405/delete/lookml_models");
  }

  @Test void documentationUrlUsesTheRouteTemplate() {
    assertEquals("https://cloud.google.com/looker/docs/r/err/4.0/404/get/lookml_models/"
        + ":lookml_model_name", ErrorBodies.documentationUrl(404, "GET",
        "/api/4.0/lookml_models/{lookml_model_name}"));
    assertEquals("https://cloud.google.com/looker/docs/r/err/4.0/204/delete/logout",
        ErrorBodies.documentationUrl(204, "DELETE", "/api/logout"));
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override public Instant instant() {
      return now;
    }
  }
}

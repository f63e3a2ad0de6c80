package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.model.AccessToken;
import io.looksql.emulator.LookerEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login, token renewal ahead of expiry and after a 401, access tokens, logout. */
class AuthTest {
  @Test void wrongCredentialsAreLookersNotFound() {
    try (LookerEmulator looker = TestLooker.emulator();
        LookerClient client = LookerClient.create(
            TestLooker.config(looker).clientSecret("wrong").build())) {
      LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
      assertEquals("POST", e.method());
      assertEquals("/login", e.path());
      assertEquals(404, e.status());
      assertEquals("Not found", e.lookerMessage());
      assertEquals("https://cloud.google.com/looker/docs/r/err/4.0/404/post/login",
          e.documentationUrl());
      assertEquals("POST /login 404: Not found", e.getMessage());
    }
  }

  @Test void tokenIsRenewedTenSecondsBeforeItExpires() {
    MutableClock clock = new MutableClock();
    // The server's tokens live 60 s; the client must stop using one after 50 s.
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.01).clock(clock)
        .tokenTtl(Duration.ofSeconds(60)).start();
        LookerClient client = LookerClient.create(TestLooker.config(looker).clock(clock).build())) {
      client.fetchMe();
      assertEquals(1, logins(client));
      clock.advance(Duration.ofSeconds(49));
      client.fetchMe();
      assertEquals(1, logins(client), "still 11 s to go: the token is kept");
      clock.advance(Duration.ofSeconds(2));
      client.fetchMe();
      assertEquals(2, logins(client), "9 s to go: renewed before the server would refuse it");
    }
  }

  @Test void tokenRejectedBeforeItsTimeIsRenewedOnceAndTheCallRepeated() {
    MutableClock serverClock = new MutableClock();
    // The client's clock stands still, so only the server's 401 can tell it the token is dead.
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.01).clock(serverClock)
        .tokenTtl(Duration.ofSeconds(60)).start();
        LookerClient client = TestLooker.client(looker)) {
      client.fetchMe();
      serverClock.advance(Duration.ofSeconds(61));
      assertEquals("1", client.fetchMe().id());
      assertEquals(2, logins(client));
    }
  }

  @Test void tokenRenewalAcrossRealExpiry() throws Exception {
    // expires_in 11 s: the client treats it as 1 s, so the second call, 1.5 s later, logs in anew.
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.01)
        .tokenTtl(Duration.ofSeconds(11)).start();
        LookerClient client = TestLooker.client(looker)) {
      client.fetchModels();
      Thread.sleep(1500);
      client.fetchModels();
      assertEquals(2, logins(client));
    }
  }

  @Test void accessTokenFromElsewhereIsUsedAsIs() throws Exception {
    try (LookerEmulator looker = TestLooker.emulator()) {
      String token = rawLogin(looker).accessToken();
      try (LookerClient client = LookerClient.create(TestLooker.config(looker)
          .clientId(null).clientSecret(null).accessToken(token).build())) {
        assertEquals("1", client.fetchMe().id());
        client.logout();
        LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
        assertEquals(0, e.status(), "a revoked token of unknown origin cannot be renewed");
      }
      try (LookerClient client = LookerClient.create(TestLooker.config(looker)
          .clientId(null).clientSecret(null).accessToken(token).build())) {
        LookerApiException e = assertThrows(LookerApiException.class, client::fetchMe);
        assertEquals(401, e.status());
        assertEquals("GET /user 401: Requires authentication.", e.getMessage());
      }
    }
  }

  @Test void logoutRevokesAndTheNextCallLogsInAgain() {
    try (LookerEmulator looker = TestLooker.emulator();
        LookerClient client = TestLooker.client(looker)) {
      client.login();
      client.logout();
      client.fetchMe();
      assertEquals(2, logins(client));
    }
  }

  @Test void closedClientRefusesCalls() {
    try (LookerEmulator looker = TestLooker.emulator()) {
      LookerClient client = TestLooker.client(looker);
      client.close();
      IllegalStateException e = assertThrows(IllegalStateException.class, client::fetchMe);
      assertEquals("LookerClient is closed", e.getMessage());
    }
  }

  @Test void versionsNeedNoLogin() {
    try (LookerEmulator looker = TestLooker.emulator();
        LookerClient client = LookerClient.create(
            TestLooker.config(looker).clientSecret("wrong").build())) {
      assertEquals("4.0", client.fetchVersions().currentVersion().version());
      assertTrue(client.fetchVersions().supportedVersions().size() >= 1);
      assertEquals(0, logins(client));
    }
  }

  static int logins(LookerClient client) {
    return client.session().logins();
  }

  private static AccessToken rawLogin(LookerEmulator looker) throws IOException,
      InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(looker.baseUrl() + "/api/4.0/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("client_id=" + looker.adminClientId()
            + "&client_secret=" + looker.adminClientSecret())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode());
    AccessToken t = JsonCodec.INSTANCE.read(
        new java.io.ByteArrayInputStream(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        JsonCodec.INSTANCE.type(AccessToken.class));
    assertNotEquals(null, t.accessToken());
    return t;
  }
}

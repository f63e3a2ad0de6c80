package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.LookerEmulator;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Tokens, plain and sudo, answer 401 once their {@code expires_in} has passed. */
class TokenExpiryTest {
  private static SampleApi api;

  @BeforeAll static void start() {
    api = new SampleApi(LookerEmulator.builder().scale(0.05).tokenTtl(Duration.ofSeconds(1)));
  }

  @AfterAll static void stop() {
    api.close();
  }

  @Test void expiredTokensAnswer401() throws Exception {
    HttpResponse<String> login = api.login("looksql-admin", "looksql-admin-secret");
    assertEquals(1, ok(login).get("expires_in").asLong());
    String admin = ok(login).get("access_token").asText();
    String sudo = api.sudo(admin, "2");
    assertEquals(200, api.get("/user", sudo).statusCode());
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (api.get("/user", admin).statusCode() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    TestServer.assertError(api.get("/user", admin), 401, "/401/get/user");
    // The sudo token was issued after the admin's, so wait for it separately.
    while (api.get("/user", sudo).statusCode() == 200 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    TestServer.assertError(api.get("/user", sudo), 401, null);
    // A new login works again.
    assertEquals(200, api.get("/user", api.login("looksql-admin")).statusCode());
  }
}

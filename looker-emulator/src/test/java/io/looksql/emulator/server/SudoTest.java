package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static io.looksql.emulator.server.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code login_user} (sudo): admins only; the token acts as the target user in visibility, access
 * filters and the audit; {@code GET /session} names the admin; logout revokes only its token.
 */
class SudoTest {
  private static final String COUNT = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
      + "\"fields\":[\"order_items.count\"]}";

  private static SampleApi api;
  private static String admin;

  @BeforeAll static void start() throws Exception {
    api = SampleApi.start();
    admin = api.login("looksql-admin");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static long regionCount(String states) throws Exception {
    return ((Number) api.sql("SELECT COUNT(*) FROM order_items oi JOIN users u ON u.id = oi.user_id"
        + " WHERE u.country = 'United States' AND u.state IN " + states).get(0).get(0)).longValue();
  }

  @Test void nonAdminCannotSudo() throws Exception {
    String west = api.login("looksql-west");
    HttpResponse<String> r = api.post("/login/5", west, null);
    assertError(r, 403, "/403/post/login/:user_id");
  }

  @Test void sudoTokenActsAsTheTargetUser() throws Exception {
    // User 5 has no API credentials: sudo is the only way to act as them.
    String sudo = api.sudo(admin, "5");
    assertNotEquals(admin, sudo);
    assertEquals("5", ok(api.get("/user", sudo)).get("id").asText());
    assertEquals("1", ok(api.get("/user", admin)).get("id").asText());
    JsonNode session = ok(api.get("/session", sudo));
    assertEquals("1", session.get("sudo_user_id").asText());
    assertEquals("production", session.get("workspace_id").asText());
    assertTrue(ok(api.get("/session", admin)).get("sudo_user_id").isNull());
    // Access filter: user 5's region is South, not the admin's "%".
    assertEquals(regionCount(SampleApi.SOUTH), ok(api.post("/queries/run/json", sudo, COUNT))
        .get(0).get("order_items.count").asLong());
    // Not an admin any more: no sudo, no history.
    assertError(api.post("/login/2", sudo, null), 403, null);
    assertError(api.get("/emulator/history", sudo), 403, null);
  }

  @Test void sudoTokenSeesOnlyTheTargetUsersModels() throws Exception {
    String sudo = api.sudo(admin, "4");
    assertEquals(0, ok(api.get("/lookml_models", sudo)).size());
    assertError(api.get("/lookml_models/ecommerce/explores/order_items", sudo), 404, null);
    assertError(api.post("/queries/run/json", sudo, COUNT), 404, null);
  }

  @Test void auditRecordsTheUserTheSudoAdminAndTheClient() throws Exception {
    String sudo = api.sudo(admin, "5");
    HttpResponse<String> r = api.send(TestServer.request(api.api("/queries/run/csv"), sudo)
        .header("Content-Type", "application/json").header("x-looker-appid", "sudo-test")
        .header("User-Agent", "SudoTest/1.0").POST(HttpRequest.BodyPublishers.ofString(COUNT))
        .build());
    assertEquals(200, r.statusCode(), r.body());
    ok(api.post("/queries/run/json", admin, COUNT));
    JsonNode history = ok(api.get("/emulator/history", admin));
    JsonNode sudoRun = null;
    JsonNode adminRun = null;
    for (JsonNode e : history) {
      if ("sudo-test".equals(e.get("app_id").asText(null))) {
        sudoRun = e;
      } else if ("1".equals(e.get("user_id").asText())) {
        adminRun = e;
      }
    }
    assertTrue(sudoRun != null && adminRun != null, history.toString());
    assertEquals("5", sudoRun.get("user_id").asText());
    assertEquals("1", sudoRun.get("sudo_user_id").asText());
    assertEquals("SudoTest/1.0", sudoRun.get("user_agent").asText());
    assertEquals("ecommerce", sudoRun.get("model").asText());
    assertEquals("order_items", sudoRun.get("explore").asText());
    assertEquals("complete", sudoRun.get("status").asText());
    assertTrue(sudoRun.get("sql").asText().contains("'South'"), sudoRun.get("sql").asText());
    assertTrue(!sudoRun.get("finished_at").isNull() && !sudoRun.get("started_at").isNull());
    assertEquals("1", adminRun.get("user_id").asText());
    assertTrue(adminRun.get("sudo_user_id").isNull());
  }

  @Test void historyIsForAdminTokensOnly() throws Exception {
    assertError(api.get("/emulator/history", api.login("looksql-west")), 403, null);
    assertError(api.get("/emulator/history", null), 401, null);
  }

  @Test void sudoTargetsMustExistAndBeEnabled() throws Exception {
    assertError(api.post("/login/999", admin, null), 404, null);
    assertError(api.post("/login/6", admin, null), 403, null);
    // Looker's removed associative flag is accepted and ignored.
    assertEquals(200, api.post("/login/2?associative=false", admin, null).statusCode());
  }

  @Test void logoutRevokesOnlyTheCallingToken() throws Exception {
    String sudo = api.sudo(admin, "2");
    String other = api.sudo(admin, "2");
    assertEquals(204, api.delete("/logout", sudo).statusCode());
    assertError(api.get("/user", sudo), 401, null);
    assertEquals("2", ok(api.get("/user", other)).get("id").asText());
    assertEquals("1", ok(api.get("/user", admin)).get("id").asText());
    // Revoking the admin's own token leaves the sudo tokens it obtained alive.
    String admin2 = api.login("looksql-admin");
    String third = api.sudo(admin2, "3");
    assertEquals(204, api.delete("/logout", admin2).statusCode());
    assertEquals("3", ok(api.get("/user", third)).get("id").asText());
    assertEquals(401, api.send(HttpRequest.newBuilder(URI.create(api.api("/user")))
        .header("Authorization", "token " + admin2).build()).statusCode());
  }
}

package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static io.looksql.emulator.server.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The users, roles, user attribute and session endpoints over the sample users. */
class UsersApiTest {
  private static SampleApi api;
  private static String admin;
  private static String west;

  @BeforeAll static void start() throws Exception {
    api = SampleApi.start();
    admin = api.login("looksql-admin");
    west = api.login("looksql-west");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static List<String> ids(JsonNode users) {
    List<String> ids = new ArrayList<>();
    users.forEach(u -> ids.add(u.get("id").asText()));
    return ids;
  }

  @Test void meIsTheCaller() throws Exception {
    JsonNode me = ok(api.get("/user", west));
    assertEquals("2", me.get("id").asText());
    assertEquals("Wendy West", me.get("display_name").asText());
    assertEquals("wendy.west@example.com", me.get("email").asText());
    assertEquals(List.of("3"), List.of(me.get("role_ids").get(0).asText()));
    assertEquals("looksql-west", me.get("credentials_api3").get(0).get("client_id").asText());
    assertFalse(me.get("is_disabled").asBoolean());
  }

  @Test void disabledUsersCannotLogIn() throws Exception {
    assertError(api.login("looksql-disabled", "looksql-disabled-secret"), 404, "/404/post/login");
  }

  @Test void userByIdIsFullForAdminsAndSelfAndPublicForOthers() throws Exception {
    JsonNode full = ok(api.get("/users/6", admin));
    assertTrue(full.get("is_disabled").asBoolean());
    assertEquals("dora.disabled@example.com", full.get("email").asText());
    assertEquals("wendy.west@example.com", ok(api.get("/users/2", west)).get("email").asText());
    JsonNode other = ok(api.get("/users/1", west));
    assertEquals("Admin User", other.get("display_name").asText());
    assertFalse(other.has("email"));
    assertFalse(other.has("credentials_api3"));
    assertError(api.get("/users/999", admin), 404, "/404/get/users/:user_id");
  }

  @Test void searchMatchesCaseInsensitiveLikePatterns() throws Exception {
    assertEquals(List.of("2"), ids(ok(api.get("/users/search?email=WENDY%25", admin))));
    assertEquals(List.of("3", "4", "6"), ids(ok(api.get("/users/search?first_name=%25R%25", admin))));
    assertEquals(List.of("5"), ids(ok(api.get("/users/search?last_name=s_uth", admin))));
    assertEquals(List.of("6"), ids(ok(api.get("/users/search?is_disabled=true", admin))));
    assertEquals(List.of("2", "5"), ids(ok(api.get(
        "/users/search?last_name=West&first_name=Sam&filter_or=true", admin))));
    assertEquals(List.of("1", "3"), ids(ok(api.get("/users/search?id=3,1", admin))));
    assertEquals(List.of("7", "6", "5", "4", "3", "2", "1"),
        ids(ok(api.get("/users/search?sorts=id%20desc", admin))));
    assertEquals(List.of("3", "4"), ids(ok(api.get("/users/search?limit=2&offset=2", admin))));
    assertEquals(List.of("4", "5", "6"), ids(ok(api.get("/users/search?page=2&per_page=3", admin))));
    assertError(api.get("/users/search?sorts=password", admin), 400, null);
  }

  @Test void searchByOthersIgnoresPrivilegedCriteriaAndShowsPublicFields() throws Exception {
    JsonNode found = ok(api.get("/users/search?email=nobody%25&last_name=south", west));
    assertEquals(List.of("5"), ids(found));
    assertFalse(found.get(0).has("email"));
  }

  @Test void userForCredential() throws Exception {
    assertEquals("3", ok(api.get("/users/credential/email/NORA.northeast@example.com", admin))
        .get("id").asText());
    assertEquals("4", ok(api.get("/users/credential/api3/looksql-marketing", admin))
        .get("id").asText());
    assertError(api.get("/users/credential/email/nobody@example.com", admin), 404, null);
    assertError(api.get("/users/credential/email/wendy.west@example.com", west), 403,
        "/403/get/users/credential/:credential_type/:credential_id");
  }

  @Test void userAttributesAndValues() throws Exception {
    JsonNode attributes = ok(api.get("/user_attributes", admin));
    JsonNode region = attributes.get(attributes.size() - 1);
    assertEquals("region", region.get("name").asText());
    assertEquals("advanced_filter_string", region.get("type").asText());
    assertFalse(region.get("is_system").asBoolean());
    assertTrue(attributes.get(0).get("is_system").asBoolean());
    assertError(api.get("/user_attributes", west), 404, null);

    JsonNode values = ok(api.get("/users/2/attribute_values", west));
    JsonNode last = values.get(values.size() - 1);
    assertEquals("region", last.get("name").asText());
    assertEquals("West", last.get("value").asText());
    assertEquals("user", last.get("source").asText());
    assertEquals("2", last.get("user_id").asText());
    assertEquals("wendy.west@example.com", values.get(0).get("value").asText());
    assertError(api.get("/users/1/attribute_values", west), 404, null);
    // User 7 has no region: absent unless include_unset.
    JsonNode nick = ok(api.get("/users/7/attribute_values", admin));
    nick.forEach(v -> assertFalse(v.get("name").asText().equals("region")));
    JsonNode unset = ok(api.get("/users/7/attribute_values?include_unset=true&user_attribute_ids="
        + region.get("id").asText(), admin));
    assertEquals(1, unset.size());
    assertTrue(unset.get(0).get("value").isNull());
  }

  @Test void rolesWithTheirSets() throws Exception {
    JsonNode roles = ok(api.get("/roles", admin));
    assertEquals(List.of("2", "3", "4", "5"), ids(roles));
    JsonNode adminRole = roles.get(0);
    assertTrue(adminRole.get("permission_set").get("all_access").asBoolean());
    assertTrue(adminRole.get("model_set").get("all_access").asBoolean());
    JsonNode viewer = roles.get(2);
    assertEquals("Viewer", viewer.get("name").asText());
    assertEquals("ecommerce", viewer.get("model_set").get("models").get(0).asText());
    assertFalse(viewer.get("permission_set").get("permissions").toString().contains("see_lookml"));
    assertEquals(List.of("3"), ids(ok(api.get("/roles?ids=3", admin))));
    assertError(api.get("/roles", west), 404, null);
  }
}

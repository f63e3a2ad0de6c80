package io.looksql.emulator.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The users file format, its checks, the sample users and what roles grant. */
class UsersConfigTest {
  private static final String ROLES = """
      "roles": [
        {"id": "1", "name": "Admin", "permission_set": {"name": "Admin", "all_access": true},
         "model_set": {"name": "All", "all_access": true}},
        {"id": "2", "name": "Analyst",
         "permission_set": {"id": "7", "permissions": ["access_data", "see_lookml"]},
         "model_set": {"id": "8", "models": ["ecommerce"]}},
        {"id": "3", "name": "Sudoer",
         "permission_set": {"id": "9", "permissions": ["sudo"]},
         "model_set": {"id": "10", "models": ["marketing"]}}]
      """;

  private static UsersConfig parse(String usersAndAttributes) {
    return UsersFile.parse("{" + ROLES + "," + usersAndAttributes + "}");
  }

  @Test void parsesTheFormat() {
    UsersConfig c = parse("""
        "user_attributes": [{"name": "region", "default_value": "North"}],
        "users": [{"id": "10", "first_name": "Ann", "last_name": "Lee", "email": "ann@x.org",
                   "role_ids": ["2", "3"], "is_disabled": true,
                   "credentials_api3": [{"client_id": "a", "client_secret": "b"}],
                   "user_attributes": {"region": "South"}},
                  {"id": "11", "email": "bob@x.org", "user_attributes": {"region": null}}]
        """);
    UserAccount ann = c.user("10");
    assertTrue(ann.isDisabled());
    assertEquals(List.of(new ApiCredentials("a", "b")), ann.credentialsApi3());
    assertEquals("Ann Lee", ann.displayName());
    assertEquals("South", c.attributeValues(ann).get("region"));
    assertEquals("ann@x.org", c.attributeValues(ann).get("email"));
    assertEquals("10", c.attributeValues(ann).get("id"));
    // An explicit null is no value of one's own, so the default applies.
    assertEquals("North", c.attributeValues(c.user("11")).get("region"));
    UserAttribute region = c.userAttributes().get(0);
    assertEquals("region", region.label());
    assertEquals("string", region.type());
    assertEquals("Admin", c.role("1").permissionSet().id());
    assertEquals("7", c.role("2").permissionSet().name());
  }

  @Test void rolesGrantPermissionsOnTheirModelSetsOnly() {
    UsersConfig c = parse("""
        "users": [{"id": "1", "role_ids": ["2", "3"]}, {"id": "2", "role_ids": ["1"]},
                  {"id": "3"}]
        """);
    UserAccess analyst = UserAccess.of(c, c.user("1"));
    assertTrue(analyst.canSeeModel("ecommerce"));
    assertFalse(analyst.canSeeModel("marketing"));
    assertTrue(analyst.has(Permissions.SEE_LOOKML, "ecommerce"));
    assertTrue(analyst.has(Permissions.SUDO));
    assertFalse(analyst.has(Permissions.SUDO, "ecommerce"));
    assertFalse(analyst.isAdmin());
    UserAccess admin = UserAccess.of(c, c.user("2"));
    assertTrue(admin.isAdmin() && admin.canSeeModel("anything") && admin.has(Permissions.SEE_USERS));
    UserAccess nobody = UserAccess.of(c, c.user("3"));
    assertFalse(nobody.canSeeModel("ecommerce") || nobody.has(Permissions.SUDO));
  }

  @Test void rejectsInconsistentFiles() {
    assertBad("duplicate user id '1'", "\"users\": [{\"id\": \"1\"}, {\"id\": \"1\"}]");
    assertBad("duplicate email 'A@x'",
        "\"users\": [{\"id\": \"1\", \"email\": \"a@x\"}, {\"id\": \"2\", \"email\": \"A@x\"}]");
    assertBad("user '1' has unknown role '99'", "\"users\": [{\"id\": \"1\", \"role_ids\": [\"99\"]}]");
    assertBad("duplicate client_id 'c'", "\"users\": ["
        + "{\"id\": \"1\", \"credentials_api3\": [{\"client_id\": \"c\", \"client_secret\": \"s\"}]},"
        + "{\"id\": \"2\", \"credentials_api3\": [{\"client_id\": \"c\", \"client_secret\": \"t\"}]}]");
    assertBad("user '1' has a value for undefined user attribute 'team'",
        "\"users\": [{\"id\": \"1\", \"user_attributes\": {\"team\": \"x\"}}]");
    assertBad("user '1' has a value for undefined user attribute 'email'",
        "\"users\": [{\"id\": \"1\", \"user_attributes\": {\"email\": \"x\"}}]");
    assertBad("duplicate user attribute 'email'", "\"user_attributes\": [{\"name\": \"email\"}]");
    assertBad("users.id", "\"users\": [{\"first_name\": \"No Id\"}]");
    assertBad("Unrecognized field \"rolez\"", "\"users\": [{\"id\": \"1\", \"rolez\": [\"2\"]}]");
  }

  @Test void sampleUsers() {
    UsersConfig sample = UsersConfig.sample();
    assertEquals(List.of("1", "2", "3", "4", "5", "6", "7"),
        sample.users().stream().map(UserAccount::id).toList());
    Map<String, String> admin = sample.attributeValues(sample.user("1"));
    assertEquals("%", admin.get("region"));
    assertTrue(UserAccess.of(sample, sample.user("1")).isAdmin());
    assertEquals("West", sample.attributeValues(sample.user("2")).get("region"));
    assertEquals("Northeast", sample.attributeValues(sample.user("3")).get("region"));
    assertFalse(UserAccess.of(sample, sample.user("3")).has(Permissions.SEE_LOOKML, "ecommerce"));
    assertFalse(UserAccess.of(sample, sample.user("4")).canSeeModel("ecommerce"));
    assertTrue(sample.user("5").credentialsApi3().isEmpty());
    assertTrue(sample.user("6").isDisabled());
    assertNull(sample.attributeValues(sample.user("7")).get("region"));
  }

  private static void assertBad(String message, String body) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(body));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}

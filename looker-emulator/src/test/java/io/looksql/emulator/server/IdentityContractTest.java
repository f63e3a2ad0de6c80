package io.looksql.emulator.server;

import io.looksql.emulator.contract.OpenApiContract;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The users, roles, attributes, session and sudo responses, and the access-controlled metadata and
 * query errors, validated against Looker's OpenAPI spec (profile {@code contract}).
 */
class IdentityContractTest {
  private static SampleApi api;
  private static String admin;
  private static String west;
  private static OpenApiContract contract;

  @BeforeAll static void start() throws Exception {
    contract = OpenApiContract.get();
    api = SampleApi.start();
    admin = api.login("looksql-admin");
    west = api.login("looksql-west");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static void get(String path, String token) throws Exception {
    HttpResponse<String> r = api.get(path, token);
    contract.assertValid("GET", path, r.statusCode(), r.body());
  }

  @Test void usersEndpoints() throws Exception {
    get("/user", west);
    get("/users/6", admin);
    get("/users/1", west);
    get("/users/999", admin);
    get("/users/search?first_name=%25a%25&sorts=last_name", admin);
    get("/users/search?last_name=south", west);
    get("/users/credential/email/wendy.west@example.com", admin);
    get("/users/credential/api3/looksql-west", admin);
    get("/users/credential/email/wendy.west@example.com", west);
  }

  @Test void attributesRolesAndSession() throws Exception {
    get("/user_attributes", admin);
    get("/user_attributes", west);
    get("/users/2/attribute_values", west);
    get("/users/7/attribute_values?include_unset=true", admin);
    get("/roles", admin);
    get("/session", admin);
    get("/session", api.sudo(admin, "5"));
  }

  @Test void sudo() throws Exception {
    HttpResponse<String> ok = api.post("/login/5", admin, null);
    contract.assertValid("POST", "/login/5", ok.statusCode(), ok.body());
    HttpResponse<String> denied = api.post("/login/5", west, null);
    contract.assertValid("POST", "/login/5", denied.statusCode(), denied.body());
    HttpResponse<String> missing = api.post("/login/999", admin, null);
    contract.assertValid("POST", "/login/999", missing.statusCode(), missing.body());
  }

  @Test void accessControlledMetadataAndQueries() throws Exception {
    String marketing = api.login("looksql-marketing");
    get("/lookml_models", marketing);
    get("/lookml_models/ecommerce", marketing);
    get("/lookml_models/ecommerce/explores/order_items", admin);
    get("/lookml_models/ecommerce/explores/order_items", api.login("looksql-northeast"));
    HttpResponse<String> noValue = api.post("/queries/run/json", api.login("looksql-noregion"),
        "{\"model\":\"ecommerce\",\"view\":\"users\",\"fields\":[\"users.count\"]}");
    contract.assertValid("POST", "/queries/run/json", noValue.statusCode(), noValue.body());
  }
}

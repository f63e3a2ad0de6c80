package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static io.looksql.emulator.server.TestServer.assertError;
import static io.looksql.emulator.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code access_grant} and {@code required_access_grants}: explores, joins and fields whose grants
 * a user lacks are absent from {@code lookml_models} and explore metadata, an explore answers 404
 * and a field is an unknown field (422) in queries. A small model over the sample tables, with
 * grants on the sample users' "region" attribute (admin {@code %}, Wendy West, Nora Northeast,
 * Nick none).
 */
class AccessGrantTest {
  private static final String MODEL = """
      connection: "ecommerce"
      access_grant: every_region { user_attribute: region allowed_values: ["%"] }
      access_grant: west_or_south { user_attribute: region allowed_values: ["West", "South"] }
      access_grant: northeast { user_attribute: region allowed_values: ["Northeast"] }

      explore: buyers {
        view_name: users
        join: orders {
          relationship: one_to_many
          sql_on: ${users.id} = ${orders.user_id} ;;
          required_access_grants: [west_or_south]
        }
      }
      explore: northeast_buyers {
        from: users
        required_access_grants: [northeast]
      }
      view: users {
        sql_table_name: users ;;
        dimension: id { primary_key: yes type: number }
        dimension: state {}
        dimension: email { required_access_grants: [every_region] }
        dimension: email_domain {
          # Refers to a restricted field, yet needs no grant itself: grants are not inherited.
          sql: SUBSTRING(${email}, POSITION('@' IN ${email}) + 1) ;;
        }
        measure: count { type: count }
      }
      view: orders {
        sql_table_name: orders ;;
        dimension: order_id { primary_key: yes type: number }
        dimension: user_id { type: number hidden: yes }
        measure: count { type: count }
        measure: audited_count { type: count required_access_grants: [west_or_south, every_region] }
      }
      """;
  private static final String USER_FIELDS =
      "[users.id, users.state, users.email_domain, users.count]";

  private static SampleApi api;
  private static String admin;
  private static String west;
  private static String northeast;
  private static String noRegion;

  @BeforeAll static void start() throws Exception {
    api = new SampleApi(LookerEmulator.builder().scale(0.05).projectName("grants")
        .lookml(List.of(new LookmlFile("ecommerce.model.lkml", MODEL))));
    admin = api.login("looksql-admin");
    west = api.login("looksql-west");
    northeast = api.login("looksql-northeast");
    noRegion = api.login("looksql-noregion");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static List<String> explores(String token) throws Exception {
    List<String> names = new ArrayList<>();
    ok(api.get("/lookml_models/ecommerce", token)).get("explores")
        .forEach(e -> names.add(e.get("name").asText()));
    JsonNode all = ok(api.get("/lookml_models", token));
    assertEquals(ok(api.get("/lookml_models/ecommerce", token)).get("explores"),
        all.get(0).get("explores"));
    return names;
  }

  /** Returns "[dimensions..., measures...]" of the explore as the user sees it. */
  private static String fields(String explore, String token) throws Exception {
    JsonNode metadata = ok(api.get("/lookml_models/ecommerce/explores/" + explore, token));
    List<String> names = new ArrayList<>();
    for (String group : new String[] {"dimensions", "measures"}) {
      metadata.get("fields").get(group).forEach(f -> names.add(f.get("name").asText()));
    }
    return names.toString();
  }

  private static String joins(String token) throws Exception {
    JsonNode metadata = ok(api.get("/lookml_models/ecommerce/explores/buyers", token));
    List<String> names = new ArrayList<>();
    metadata.get("joins").forEach(j -> names.add(j.get("name").asText()));
    return names + " " + metadata.get("scopes");
  }

  private static String query(String explore, String... fields) {
    return "{\"model\":\"ecommerce\",\"view\":\"" + explore + "\",\"fields\":[\""
        + String.join("\",\"", fields) + "\"]}";
  }

  private static long count(String sql) throws Exception {
    return ((Number) api.sql(sql).get(0).get(0)).longValue();
  }

  @Test void exploresNeedTheirGrants() throws Exception {
    assertEquals(List.of("buyers"), explores(admin));
    assertEquals(List.of("buyers"), explores(west));
    assertEquals(List.of("buyers", "northeast_buyers"), explores(northeast));
    assertEquals(List.of("buyers"), explores(noRegion));
    assertEquals("[northeast_buyers.id, northeast_buyers.state, northeast_buyers.email_domain,"
        + " northeast_buyers.count]", fields("northeast_buyers", northeast));
    for (String token : new String[] {admin, west, noRegion}) {
      assertError(api.get("/lookml_models/ecommerce/explores/northeast_buyers", token), 404,
          "/404/get/lookml_models/:lookml_model_name/explores/:explore_name");
    }
  }

  @Test void joinsAndFieldsNeedTheirGrants() throws Exception {
    assertEquals("[users.id, users.state, users.email, users.email_domain, users.count]",
        fields("buyers", admin));
    assertEquals("[] [\"users\"]", joins(admin));
    assertEquals("[users.id, users.state, users.email_domain, orders.order_id, orders.user_id,"
        + " users.count, orders.count]", fields("buyers", west));
    assertEquals("[orders] [\"users\",\"orders\"]", joins(west));
    assertEquals(USER_FIELDS, fields("buyers", northeast));
    assertEquals(USER_FIELDS, fields("buyers", noRegion));
  }

  @Test void aHiddenExploreCannotBeQueriedAndAnswersAsAnUnknownOne() throws Exception {
    String q = query("northeast_buyers", "northeast_buyers.count");
    JsonNode rows = ok(api.post("/queries/run/json", northeast, q));
    assertEquals(count("SELECT COUNT(*) FROM users"), rows.get(0).get("northeast_buyers.count").asLong());
    for (String token : new String[] {admin, west}) {
      assertError(api.post("/queries/run/json", token, q), 404, null);
      assertEquals("Explore 'northeast_buyers' not found in model 'ecommerce'",
          json(api.post("/queries/run/csv", token, q)).get("message").asText());
      assertError(api.post("/queries", token, q), 404, "/404/post/queries");
    }
    assertEquals("Explore 'nope' not found in model 'ecommerce'",
        json(api.post("/queries/run/json", admin, query("nope", "nope.count"))).get("message").asText());
    // A query stored by a user who may run it is 404 for one who may not.
    String id = ok(api.post("/queries", northeast, q)).get("id").asText();
    assertError(api.get("/queries/" + id + "/run/json", west), 404, null);
    assertError(api.post("/query_tasks", west,
        "{\"query_id\":\"" + id + "\",\"result_format\":\"json\"}"), 404, null);
  }

  @Test void aRestrictedFieldIsAnUnknownField() throws Exception {
    JsonNode rows = ok(api.post("/queries/run/json", admin, query("buyers", "users.email")
        .replace("}", ",\"sorts\":[\"users.email\"],\"limit\":\"1\"}")));
    assertEquals(api.sql("SELECT MIN(email) FROM users").get(0).get(0),
        rows.get(0).get("users.email").asText());
    for (String token : new String[] {west, northeast, noRegion}) {
      assertUnknown(api.post("/queries/run/json", token, query("buyers", "users.email")),
          "fields", "users.email");
      assertUnknown(api.post("/queries/run/json", token, "{\"model\":\"ecommerce\",\"view\":"
          + "\"buyers\",\"fields\":[\"users.count\"],\"filters\":{\"users.email\":\"a%\"}}"),
          "filters", "users.email");
      assertUnknown(api.post("/queries/run/json", token, "{\"model\":\"ecommerce\",\"view\":"
          + "\"buyers\",\"fields\":[\"users.count\"],\"filter_expression\":"
          + "\"starts_with(${users.email}, \\\"a\\\")\"}"), "filter_expression", "users.email");
    }
    // What a restricted field computes stays reachable through fields that refer to it.
    JsonNode domains = ok(api.post("/queries/run/json", west, query("buyers",
        "users.email_domain", "users.count")));
    long users = 0;
    for (JsonNode row : domains) {
      users += row.get("users.count").asLong();
    }
    assertEquals(count("SELECT COUNT(*) FROM users"), users);
  }

  @Test void aRestrictedJoinsFieldsAreUnknown() throws Exception {
    JsonNode rows = ok(api.post("/queries/run/json", west, query("buyers", "orders.count")));
    // West's analysts see every user's orders here: this model has no access_filter.
    assertEquals(count("SELECT COUNT(*) FROM orders"), rows.get(0).get("orders.count").asLong());
    for (String token : new String[] {admin, northeast, noRegion}) {
      assertUnknown(api.post("/queries/run/json", token, query("buyers", "orders.count")),
          "fields", "orders.count");
    }
    // Needs both grants, which no sample user holds.
    assertUnknown(api.post("/queries/run/json", west, query("buyers", "orders.audited_count")),
        "fields", "orders.audited_count");
    assertUnknown(api.post("/queries/run/json", admin, query("buyers", "orders.audited_count")),
        "fields", "orders.audited_count");
  }

  @Test void sudoSeesWhatTheTargetUserSees() throws Exception {
    String sudo = api.sudo(admin, "3");
    assertEquals(List.of("buyers", "northeast_buyers"), explores(sudo));
    assertEquals(USER_FIELDS, fields("buyers", sudo));
  }

  private static void assertUnknown(java.net.http.HttpResponse<String> r, String property,
      String field) throws Exception {
    assertEquals(422, r.statusCode(), r.body());
    JsonNode error = json(r).get("errors").get(0);
    assertEquals(property, error.get("field").asText(), r.body());
    assertEquals(true, error.get("message").asText().contains(field), r.body());
  }
}

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

/**
 * Model sets hide models (404 everywhere, as an unknown model), {@code see_lookml} decides
 * whether explore metadata and result field lists show LookML SQL, and the sample's access grant hides buyers' e-mail
 * addresses from analysts of one region.
 */
class VisibilityTest {
  private static final String QUERY = "{\"model\":\"ecommerce\",\"view\":\"products\","
      + "\"fields\":[\"products.count\"]}";

  private static SampleApi api;
  private static String admin;
  private static String marketing;

  @BeforeAll static void start() throws Exception {
    api = SampleApi.start();
    admin = api.login("looksql-admin");
    marketing = api.login("looksql-marketing");
  }

  @AfterAll static void stop() {
    api.close();
  }

  @Test void modelOutsideTheModelSetIsAbsentFromMetadata() throws Exception {
    assertEquals(1, ok(api.get("/lookml_models", admin)).size());
    assertEquals(0, ok(api.get("/lookml_models", marketing)).size());
    assertError(api.get("/lookml_models/ecommerce", marketing), 404,
        "/404/get/lookml_models/:lookml_model_name");
    assertError(api.get("/lookml_models/ecommerce/explores/products", marketing), 404, null);
    assertError(api.get("/lookml_models/ecommerce/explores/order_items", marketing), 404, null);
  }

  @Test void modelOutsideTheModelSetCannotBeQueried() throws Exception {
    assertError(api.post("/queries/run/json", marketing, QUERY), 404, null);
    assertError(api.post("/queries/run/sql", marketing, QUERY), 404, null);
    assertError(api.post("/queries", marketing, QUERY), 404, "/404/post/queries");
    JsonNode stored = ok(api.post("/queries", admin, QUERY));
    String id = stored.get("id").asText();
    assertError(api.get("/queries/" + id, marketing), 404, null);
    assertError(api.get("/queries/slug/" + stored.get("slug").asText(), marketing), 404, null);
    for (String format : new String[] {"json", "csv", "sql"}) {
      assertError(api.get("/queries/" + id + "/run/" + format, marketing), 404, null);
    }
    // The same answer as for a model that does not exist, so a hidden model does not show.
    assertEquals("Model 'ecommerce' not found",
        TestServer.json(api.post("/queries/run/json", marketing, QUERY)).get("message").asText());
    assertEquals("Model 'nonexistent' not found", TestServer.json(api.post("/queries/run/json",
        admin, QUERY.replace("ecommerce", "nonexistent"))).get("message").asText());
  }

  @Test void lookmlSqlOnlyWithSeeLookml() throws Exception {
    String path = "/lookml_models/ecommerce/explores/order_items";
    JsonNode analyst = ok(api.get(path, api.login("looksql-west")));
    assertTrue(analyst.get("can_see_lookml").asBoolean());
    assertEquals("${TABLE}.sale_price", field(analyst, "order_items.sale_price").get("sql").asText());
    JsonNode viewer = ok(api.get(path, api.login("looksql-northeast")));
    assertFalse(viewer.get("can_see_lookml").asBoolean());
    assertTrue(field(viewer, "order_items.sale_price").get("sql").isNull());
    assertTrue(viewer.get("joins").get(0).get("sql_on").isNull());
    // The rest of the metadata is the same.
    assertEquals(analyst.get("fields").get("dimensions").size(),
        viewer.get("fields").get("dimensions").size());
  }

  @Test void exploreMetadataShowsTheAccessFilter() throws Exception {
    JsonNode explore = ok(api.get("/lookml_models/ecommerce/explores/order_items", admin));
    assertEquals("users.region", explore.get("access_filters").get(0).get("field").asText());
    assertEquals("region", explore.get("access_filters").get(0).get("user_attribute").asText());
    assertEquals("users.region", explore.get("access_filter_fields").get(0).asText());
    assertEquals(0, explore.get("always_filter").size());
  }

  @Test void resultFieldMetadataShowsSqlOnlyWithSeeLookml() throws Exception {
    String query = "{\"model\":\"ecommerce\",\"view\":\"order_items\",\"fields\":"
        + "[\"order_items.status\",\"order_items.total_sale_price\"],\"limit\":\"1\"}";
    String analyst = api.login("looksql-west");
    String viewer = api.login("looksql-northeast");
    JsonNode detail = ok(api.post("/queries/run/json_detail", analyst, query)).get("fields");
    assertEquals("${TABLE}.status", detail.get("dimensions").get(0).get("sql").asText());
    assertEquals("${sale_price}", detail.get("measures").get(0).get("sql").asText());
    JsonNode bi = ok(api.post("/queries/run/json_bi", analyst, query)).get("metadata").get("fields");
    assertEquals("${TABLE}.status", bi.get("dimensions").get(0).get("sql").asText());
    for (String format : new String[] {"json_detail", "json_bi"}) {
      JsonNode body = ok(api.post("/queries/run/" + format, viewer, query));
      JsonNode fields = format.equals("json_bi") ? body.get("metadata").get("fields") : body.get("fields");
      for (String group : new String[] {"dimensions", "measures"}) {
        assertEquals(1, fields.get(group).size(), format);
        JsonNode field = fields.get(group).get(0);
        assertTrue(field.get("sql").isNull(), format + " " + field);
        // json_bi lists fewer properties per field, without sql_case.
        assertTrue(field.path("sql_case").isNull() || field.path("sql_case").isMissingNode(),
            format + " " + field);
        assertTrue(field.get("label").isTextual(), format + " " + field);
      }
    }
  }

  @Test void theSampleShowsBuyersEmailsOnlyToUsersOfEveryRegion() throws Exception {
    String path = "/lookml_models/ecommerce/explores/order_items";
    assertEquals("${TABLE}.email", field(ok(api.get(path, admin)), "users.email").get("sql").asText());
    String west = api.login("looksql-west");
    assertFalse(dimensions(ok(api.get(path, west))).contains("users.email"));
    assertTrue(dimensions(ok(api.get(path, west))).contains("users.full_name"));
    String query = "{\"model\":\"ecommerce\",\"view\":\"order_items\","
        + "\"fields\":[\"users.email\"],\"limit\":\"1\"}";
    assertEquals(1, ok(api.post("/queries/run/json", admin, query)).size());
    assertError(api.post("/queries/run/json", west, query), 422, null);
    assertError(api.post("/queries/run/json", api.sudo(admin, "2"), query), 422, null);
  }

  private static List<String> dimensions(JsonNode explore) {
    List<String> names = new ArrayList<>();
    explore.get("fields").get("dimensions").forEach(f -> names.add(f.get("name").asText()));
    return names;
  }

  private static JsonNode field(JsonNode explore, String name) {
    for (JsonNode f : explore.get("fields").get("dimensions")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no dimension " + name);
  }
}

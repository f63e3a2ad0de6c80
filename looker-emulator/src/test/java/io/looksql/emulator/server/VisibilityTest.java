package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static io.looksql.emulator.server.TestServer.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Model sets hide models (404 everywhere, as an unknown model), and {@code see_lookml} decides
 * whether explore metadata shows LookML SQL.
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

  private static JsonNode field(JsonNode explore, String name) {
    for (JsonNode f : explore.get("fields").get("dimensions")) {
      if (f.get("name").asText().equals(name)) {
        return f;
      }
    }
    throw new AssertionError("no dimension " + name);
  }
}

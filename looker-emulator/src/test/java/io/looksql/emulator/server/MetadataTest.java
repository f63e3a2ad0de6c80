package io.looksql.emulator.server;

import static io.looksql.emulator.server.TestServer.assertError;
import static io.looksql.emulator.server.TestServer.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /lookml_models} and explore metadata over {@link TestProject}. */
class MetadataTest {
  private static TestServer server;
  private static String token;

  @BeforeAll static void start() throws Exception {
    server = new TestServer();
    token = server.login();
  }

  @AfterAll static void stop() {
    server.close();
  }

  @Test void listsModelsWithTheirExplores() throws Exception {
    JsonNode models = json(server.get("/lookml_models", token));
    assertEquals(2, models.size());
    JsonNode shop = models.get(0);
    assertEquals("shop", shop.get("name").asText());
    assertEquals("Shop", shop.get("label").asText());
    assertEquals(TestProject.NAME, shop.get("project_name").asText());
    assertEquals("shop_db", shop.get("allowed_db_connection_names").get(0).asText());
    assertTrue(shop.get("has_content").asBoolean());
    assertEquals(List.of("orders", "secret"), names(shop.get("explores")));
    JsonNode orders = shop.get("explores").get(0);
    assertEquals("Orders", orders.get("label").asText());
    assertEquals("All orders", orders.get("description").asText());
    assertFalse(orders.get("hidden").asBoolean());
    assertEquals("Shop", orders.get("group_label").asText());
    assertEquals("Secret Users", shop.get("explores").get(1).get("label").asText());
    assertTrue(shop.get("explores").get(1).get("hidden").asBoolean());
    assertEquals("Nothing Here", models.get(1).get("label").asText());
  }

  @Test void filtersAndPagesModels() throws Exception {
    assertEquals(List.of("shop"), names(json(server.get("/lookml_models?exclude_empty=true", token))));
    JsonNode visible = json(server.get("/lookml_models?exclude_hidden=true", token));
    assertEquals(List.of("orders"), names(visible.get(0).get("explores")));
    assertEquals(List.of("empty"), names(json(server.get("/lookml_models?offset=1&limit=5", token))));
    assertEquals(List.of("shop"), names(json(server.get("/lookml_models?limit=1", token))));
    assertError(server.get("/lookml_models?limit=x", token), 400, null);
  }

  @Test void getsOneModel() throws Exception {
    JsonNode shop = json(server.get("/lookml_models/shop", token));
    assertEquals("shop", shop.get("name").asText());
    assertError(server.get("/lookml_models/nope", token), 404,
        "/404/get/lookml_models/:lookml_model_name");
  }

  @Test void unknownExploreIs404() throws Exception {
    assertError(server.get("/lookml_models/shop/explores/nope", token), 404,
        "/404/get/lookml_models/:lookml_model_name/explores/:explore_name");
    assertError(server.get("/lookml_models/nope/explores/orders", token), 404, null);
  }

  @Test void describesTheExplore() throws Exception {
    JsonNode e = json(server.get("/lookml_models/shop/explores/orders", token));
    assertEquals("shop::orders", e.get("id").asText());
    assertEquals("orders", e.get("name").asText());
    assertEquals("Orders", e.get("label").asText());
    assertEquals("shop", e.get("model_name").asText());
    assertEquals("orders", e.get("view_name").asText());
    assertEquals("shop_db", e.get("connection_name").asText());
    assertEquals("h2", e.get("dialect_name").asText());
    assertEquals("ORDERS_T", e.get("sql_table_name").asText());
    assertEquals(TestProject.NAME, e.get("project_name").asText());
    assertEquals(List.of("models/shop.model.lkml", "views/orders.view.lkml",
        "views/users.view.lkml"), texts(e.get("files")));
    JsonNode joins = e.get("joins");
    assertEquals(List.of("users", "buyer"), names(joins));
    JsonNode buyer = joins.get(1);
    assertEquals("users", buyer.get("from").asText());
    assertEquals("${orders.buyer_id} = ${buyer.id}", buyer.get("sql_on").asText());
    assertEquals("many_to_one", buyer.get("relationship").asText());
    assertEquals("inner", buyer.get("type").asText());
    assertEquals(List.of("name", "buyer.age"), texts(buyer.get("fields")));
    assertTrue(joins.get(0).get("fields").isNull());
    assertEquals("Buyer", buyer.get("view_label").asText());
  }

  @Test void exposesOnlyTheExploresFields() throws Exception {
    JsonNode fields = json(server.get("/lookml_models/shop/explores/orders", token)).get("fields");
    assertEquals(List.of("orders.id", "orders.status", "orders.is_big", "orders.created_date",
        "orders.created_month", "orders.created_time", "orders.amount", "orders.note",
        "orders.internal_code", "users.id", "users.name", "users.age", "buyer.name", "buyer.age"),
        names(fields.get("dimensions")));
    assertEquals(List.of("orders.count", "orders.total_amount", "orders.complete_count",
        "users.count"), names(fields.get("measures")));
    assertEquals(0, fields.get("filters").size());
    assertEquals(0, fields.get("parameters").size());
  }

  @Test void describesFieldsAsLookerDoes() throws Exception {
    Map<String, JsonNode> f = byName(json(server.get("/lookml_models/shop/explores/orders", token)));
    JsonNode date = f.get("orders.created_date");
    assertEquals("dimension", date.get("category").asText());
    assertEquals("date_date", date.get("type").asText());
    assertEquals("Orders Created Date", date.get("label").asText());
    assertEquals("Created Date", date.get("label_short").asText());
    assertEquals("orders.created", date.get("dimension_group").asText());
    assertEquals("Created Date", date.get("field_group_label").asText());
    assertEquals("Date", date.get("field_group_variant").asText());
    assertTrue(date.get("is_timeframe").asBoolean());
    assertEquals("day", date.get("time_interval").get("name").asText());
    assertEquals(1, date.get("time_interval").get("count").asInt());
    assertEquals("${TABLE}.CREATED_AT", date.get("sql").asText());
    assertEquals("Orders Created Month", f.get("orders.created_month").get("label").asText());

    JsonNode big = f.get("orders.is_big");
    assertEquals("Orders Is Big (Yes / No)", big.get("label").asText());
    assertEquals("Is Big (Yes / No)", big.get("label_short").asText());
    assertEquals("Yes", big.get("enumerations").get(0).get("value").asText());
    assertEquals("No", big.get("enumerations").get(1).get("label").asText());

    JsonNode id = f.get("orders.id");
    assertTrue(id.get("primary_key").asBoolean());
    assertTrue(id.get("is_numeric").asBoolean());
    assertEquals("Orders ID", id.get("label").asText());
    assertEquals("Primary key", id.get("description").asText());
    assertEquals("views/orders.view.lkml", id.get("source_file").asText());
    assertNull(id.get("time_interval"));
    assertTrue(id.get("dimension_group").isNull());

    assertTrue(f.get("orders.internal_code").get("hidden").asBoolean());

    JsonNode buyerName = f.get("buyer.name");
    assertEquals("buyer", buyerName.get("view").asText());
    assertEquals("users", buyerName.get("original_view").asText());
    assertEquals("Buyer", buyerName.get("view_label").asText());
    assertEquals("Buyer Name", buyerName.get("label").asText());

    JsonNode completeCount = f.get("orders.complete_count");
    assertTrue(completeCount.get("measure").asBoolean());
    assertEquals("measure", completeCount.get("category").asText());
    assertEquals("count", completeCount.get("type").asText());
    assertEquals("status", completeCount.get("filters").get(0).get("field").asText());
    assertEquals("complete", completeCount.get("filters").get(0).get("condition").asText());
    assertEquals("usd", f.get("orders.total_amount").get("value_format_name").asText());
    assertEquals(List.of("kpi"), texts(f.get("orders.total_amount").get("tags")));
    assertEquals("Orders Total Amount", f.get("orders.total_amount").get("label").asText());
  }

  private static Map<String, JsonNode> byName(JsonNode explore) {
    Map<String, JsonNode> map = new HashMap<>();
    for (String kind : new String[] {"dimensions", "measures"}) {
      explore.get("fields").get(kind).forEach(n -> map.put(n.get("name").asText(), n));
    }
    return map;
  }

  static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(n -> names.add(n.get("name").asText()));
    return names;
  }

  static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }
}

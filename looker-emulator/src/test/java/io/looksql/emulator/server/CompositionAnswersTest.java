package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LookML composition over the sample tables, each answer checked against plain SQL written by
 * hand: {@code extends} over several levels with {@code extension: required}, refinements applied
 * in include order, manifest constants, {@code from} and {@code view_name} at explore and join
 * level (a view joined twice under two aliases, an explore named differently from its base view),
 * and {@code fields} lists with sets, exclusions and {@code fields: []}.
 */
class CompositionAnswersTest {
  private static final String MANIFEST = """
      project_name: "composition"
      constant: SCHEMA_PREFIX { value: "" }
      constant: ORDERS_TABLE { value: "@{SCHEMA_PREFIX}orders" }
      """;
  /** Bases: one required extension extended by another, extended by the concrete view. */
  private static final String BASES = """
      view: base_orders {
        extension: required
        sql_table_name: @{ORDERS_TABLE} ;;
        dimension: order_id { primary_key: yes type: number sql: ${TABLE}.order_id ;; }
        dimension: user_id { type: number sql: ${TABLE}.user_id ;; }
        dimension: status { sql: ${TABLE}.status ;; }
        measure: count { type: count }
        set: basics { fields: [order_id, status] }
      }
      view: mid_orders {
        extends: [base_orders]
        extension: required
        measure: complete_count { type: count filters: [status: "COMPLETE"] }
      }
      view: orders_ext {
        extends: [mid_orders]
        dimension: status { sql: UPPER(${TABLE}.status) ;; }
      }
      view: users {
        sql_table_name: users ;;
        dimension: id { primary_key: yes type: number }
        dimension: state { sql: ${TABLE}.state ;; group_label: "Geography" drill_fields: [id] }
        measure: count { type: count }
      }
      view: items {
        sql_table_name: order_items ;;
        dimension: id { primary_key: yes type: number }
        dimension: order_id { type: number }
        dimension: user_id { type: number }
        measure: count { type: count }
      }
      """;
  /** Included second: its refinement applies after the one included first. */
  private static final String REFINE_EARLY = """
      view: +users {
        dimension: state { sql: LOWER(${TABLE}.state) ;; label: "Region" }
      }
      """;
  /** Included last although its name sorts first: its sql wins, the earlier label stays. */
  private static final String REFINE_LATE = """
      view: +users {
        dimension: state { sql: UPPER(${TABLE}.state) ;; }
      }
      explore: +purchases { label: "Refined Purchases" }
      """;
  private static final String MODEL = """
      connection: "sample"
      include: "/views/bases.view.lkml"
      include: "/views/z_refine_early.view.lkml"
      include: "/views/a_refine_late.view.lkml"

      explore: purchases {
        view_name: orders_ext
        group_label: "Shop"
        tags: ["sales"]
        join: buyer {
          view_label: "Buyer"
          from: users
          relationship: many_to_one
          sql_on: ${orders_ext.user_id} = ${buyer.id} ;;
        }
      }

      explore: line_items {
        from: items
        join: orders_ext {
          relationship: many_to_one
          fields: []
          sql_on: ${line_items.order_id} = ${orders_ext.order_id} ;;
        }
        join: order_user {
          from: users
          relationship: many_to_one
          sql_on: ${orders_ext.user_id} = ${order_user.id} ;;
        }
        join: item_user {
          from: users
          relationship: many_to_one
          sql_on: ${line_items.user_id} = ${item_user.id} ;;
        }
      }

      explore: slim {
        from: orders_ext
        fields: [slim.basics*, -slim.order_id]
      }
      """;

  private static SampleApi api;
  private static String admin;

  @BeforeAll static void start() throws Exception {
    List<LookmlFile> files = List.of(new LookmlFile("manifest.lkml", MANIFEST),
        new LookmlFile("views/bases.view.lkml", BASES),
        new LookmlFile("views/a_refine_late.view.lkml", REFINE_LATE),
        new LookmlFile("views/z_refine_early.view.lkml", REFINE_EARLY),
        new LookmlFile("composition.model.lkml", MODEL));
    api = new SampleApi(LookerEmulator.builder().scale(0.05).lookml(files));
    admin = api.login("looksql-admin");
  }

  @AfterAll static void stop() {
    api.close();
  }

  @Test void extendsOverSeveralLevelsMergesFieldsAndOverridesThem() throws Exception {
    assertSameRows("""
        SELECT UPPER(status), COUNT(*),
          COUNT(CASE WHEN UPPER(status) = 'COMPLETE' THEN order_id END)
        FROM orders GROUP BY UPPER(status)""",
        query("purchases", "orders_ext.status", "orders_ext.count", "orders_ext.complete_count"));
  }

  @Test void requiredExtensionsAreNotViewsOfTheModel() throws Exception {
    JsonNode model = ok(api.get("/lookml_models/composition", admin));
    List<String> explores = new ArrayList<>();
    model.path("explores").forEach(e -> explores.add(e.path("name").asText()));
    assertEquals(List.of("purchases", "line_items", "slim"), explores);
    JsonNode fields = ok(api.get("/lookml_models/composition/explores/purchases", admin))
        .path("fields").path("dimensions");
    fields.forEach(f -> assertFalse(f.path("view").asText().contains("base"), f.toString()));
  }

  @Test void refinementsApplyInIncludeOrder() throws Exception {
    // The later include's sql wins; buyers are the users with orders, counted once each.
    assertSameRows("""
        SELECT UPPER(u.state), COUNT(DISTINCT u.id)
        FROM orders o LEFT JOIN users u ON o.user_id = u.id GROUP BY UPPER(u.state)""",
        query("purchases", "buyer.state", "buyer.count"));
    JsonNode purchases = ok(api.get("/lookml_models/composition/explores/purchases", admin));
    assertEquals("Refined Purchases", purchases.path("label").asText());
    for (JsonNode f : purchases.path("fields").path("dimensions")) {
      if (f.path("name").asText().equals("buyer.state")) {
        assertEquals("Region", f.path("label_short").asText());
      }
    }
  }

  @Test void exploreNamedDifferentlyFromItsBaseViewAddressesFieldsByTheView() throws Exception {
    JsonNode purchases = ok(api.get("/lookml_models/composition/explores/purchases", admin));
    assertEquals("orders_ext", purchases.path("view_name").asText());
    assertSameRows("SELECT COUNT(*) FROM orders", query("purchases", "orders_ext.count"));
  }

  @Test void presentationParametersReachExploreMetadata() throws Exception {
    JsonNode purchases = ok(api.get("/lookml_models/composition/explores/purchases", admin));
    assertEquals("Shop", purchases.path("group_label").asText());
    assertEquals("[\"sales\"]", purchases.path("tags").toString());
    assertEquals("[{\"name\":\"orders_ext.basics\",\"value\":[\"orders_ext.order_id\","
        + "\"orders_ext.status\"]}]", purchases.path("sets").toString());
    JsonNode state = null;
    for (JsonNode f : purchases.path("fields").path("dimensions")) {
      if (f.path("name").asText().equals("buyer.state")) {
        state = f;
      }
    }
    assertEquals("Buyer", state.path("view_label").asText());
    assertEquals("Geography", state.path("field_group_label").asText());
    assertEquals("[\"buyer.id\"]", state.path("drill_fields").toString());
    for (JsonNode join : purchases.path("joins")) {
      assertEquals("Buyer", join.path("view_label").asText());
    }
  }

  @Test void viewJoinedTwiceUnderTwoAliases() throws Exception {
    assertSameRows("""
        SELECT UPPER(ou.state), UPPER(iu.state), COUNT(*)
        FROM order_items i
        LEFT JOIN orders o ON i.order_id = o.order_id
        LEFT JOIN users ou ON o.user_id = ou.id
        LEFT JOIN users iu ON i.user_id = iu.id
        GROUP BY UPPER(ou.state), UPPER(iu.state)""",
        query("line_items", "order_user.state", "item_user.state", "line_items.count"));
  }

  @Test void setsAndExclusionsInFieldsLists() throws Exception {
    List<String> names = new ArrayList<>();
    JsonNode fields = ok(api.get("/lookml_models/composition/explores/slim", admin)).path("fields");
    fields.path("dimensions").forEach(f -> names.add(f.path("name").asText()));
    fields.path("measures").forEach(f -> names.add(f.path("name").asText()));
    assertEquals(List.of("slim.status"), names);
    assertEquals(422, api.post("/queries/run/json", admin,
        body("slim", "slim.count")).statusCode());
    assertSameRows("SELECT DISTINCT UPPER(status) FROM orders", query("slim", "slim.status"));
  }

  @Test void emptyFieldsListHidesAJoinThatStillJoins() throws Exception {
    JsonNode fields = ok(api.get("/lookml_models/composition/explores/line_items", admin))
        .path("fields");
    fields.path("dimensions").forEach(f ->
        assertFalse(f.path("name").asText().startsWith("orders_ext."), f.toString()));
    assertEquals(422, api.post("/queries/run/json", admin,
        body("line_items", "orders_ext.status")).statusCode());
  }

  private static String body(String explore, String... fields) {
    StringBuilder body = new StringBuilder("{\"model\":\"composition\",\"view\":\"" + explore
        + "\",\"limit\":\"-1\",\"fields\":[");
    for (int i = 0; i < fields.length; i++) {
      body.append(i == 0 ? "\"" : ",\"").append(fields[i]).append('"');
    }
    return body.append("]}").toString();
  }

  /** Returns the rows of an explore query, each cell as text (null as null), in field order. */
  private static List<List<String>> query(String explore, String... fields) throws Exception {
    HttpResponse<String> response = api.post("/queries/run/json", admin, body(explore, fields));
    List<List<String>> rows = new ArrayList<>();
    for (JsonNode row : ok(response)) {
      List<String> cells = new ArrayList<>();
      for (String field : fields) {
        JsonNode cell = row.get(field);
        cells.add(cell == null || cell.isNull() ? null : cell.asText());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static void assertSameRows(String sql, List<List<String>> actual) throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (List<Object> row : api.sql(sql)) {
      List<String> cells = new ArrayList<>();
      row.forEach(cell -> cells.add(cell == null ? null : cell.toString()));
      expected.add(cells);
    }
    assertTrue(expected.size() > 0, "the plain SQL returns no row: " + sql);
    assertEquals(sorted(expected), sorted(actual));
  }

  private static List<List<String>> sorted(List<List<String>> rows) {
    List<List<String>> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Object::toString));
    return copy;
  }
}

package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import io.looksql.emulator.sample.SampleProject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code always_filter} and {@code conditionally_filter} over HTTP: the sample views under a model
 * that declares them, counts checked against plain SQL.
 */
class ExploreDefaultFiltersTest {
  private static final String MODEL = """
      connection: "ecommerce"
      include: "/views/*.view.lkml"

      explore: orders {
        always_filter: { filters: [orders.status: "Complete"] }
      }

      explore: order_items {
        conditionally_filter: {
          filters: [order_items.status: "Returned"]
          unless: [order_items.order_id, users.id]
        }
        join: users {
          relationship: many_to_one
          sql_on: ${order_items.user_id} = ${users.id} ;;
        }
      }
      """;

  private static SampleApi api;
  private static String admin;

  @BeforeAll static void start() throws Exception {
    List<LookmlFile> files = new ArrayList<>();
    files.add(new LookmlFile("defaults.model.lkml", MODEL));
    files.addAll(SampleProject.files().subList(1, SampleProject.files().size()));
    api = new SampleApi(LookerEmulator.builder().scale(0.05).lookml(files));
    admin = api.login("looksql-admin");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static long count(String view, String filters) throws Exception {
    String body = "{\"model\":\"defaults\",\"view\":\"" + view + "\",\"fields\":[\"" + view
        + ".count\"]" + (filters == null ? "" : ",\"filters\":" + filters) + "}";
    return ok(api.post("/queries/run/json", admin, body)).get(0).get(view + ".count").asLong();
  }

  private static long sql(String sql) throws Exception {
    return ((Number) api.sql(sql).get(0).get(0)).longValue();
  }

  @Test void alwaysFilterAppliesUnlessTheQueryChangesItsValue() throws Exception {
    long complete = sql("SELECT COUNT(*) FROM orders WHERE status = 'Complete'");
    long cancelled = sql("SELECT COUNT(*) FROM orders WHERE status = 'Cancelled'");
    assertTrue(complete > 0 && cancelled > 0 && complete != cancelled);
    assertEquals(complete, count("orders", null));
    assertEquals(cancelled, count("orders", "{\"orders.status\":\"Cancelled\"}"));
    // Removing it with an empty value is not possible.
    assertEquals(complete, count("orders", "{\"orders.status\":\"\"}"));
  }

  @Test void conditionallyFilterYieldsToUnlessFields() throws Exception {
    long returned = sql("SELECT COUNT(*) FROM order_items WHERE status = 'Returned'");
    assertEquals(returned, count("order_items", null));
    assertEquals(sql("SELECT COUNT(*) FROM order_items WHERE status = 'Shipped'"),
        count("order_items", "{\"order_items.status\":\"Shipped\"}"));
    // Filtering an unless field drops the default filter.
    assertEquals(sql("SELECT COUNT(*) FROM order_items WHERE order_id <= 100"),
        count("order_items", "{\"order_items.order_id\":\"<=100\"}"));
    assertEquals(sql("SELECT COUNT(*) FROM order_items WHERE user_id = 1"),
        count("order_items", "{\"users.id\":\"1\"}"));
  }

  @Test void exploreMetadataListsTheDefaults() throws Exception {
    assertEquals("[{\"name\":\"orders.status\",\"value\":\"Complete\"}]",
        ok(api.get("/lookml_models/defaults/explores/orders", admin)).get("always_filter").toString());
    assertEquals("[{\"name\":\"order_items.status\",\"value\":\"Returned\"}]",
        ok(api.get("/lookml_models/defaults/explores/order_items", admin))
            .get("conditionally_filter").toString());
  }
}

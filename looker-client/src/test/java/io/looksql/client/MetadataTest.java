package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.model.LookmlModel;
import io.looksql.client.model.LookmlModelExplore;
import io.looksql.client.model.LookmlModelExploreField;
import io.looksql.client.model.LookmlModelNavExplore;
import io.looksql.client.model.User;
import io.looksql.emulator.LookerEmulator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Models, explores and their fields, the current user, versions, and 404s as Looker words them. */
class MetadataTest {
  private static LookerEmulator looker;
  private static LookerClient client;

  @BeforeAll static void start() {
    looker = TestLooker.emulator();
    client = TestLooker.client(looker);
  }

  @AfterAll static void stop() {
    client.close();
    looker.close();
  }

  @Test void modelsListTheExploresOfTheLookml() {
    List<LookmlModel> models = client.fetchModels();
    assertEquals(List.copyOf(looker.project().models().keySet()),
        models.stream().map(LookmlModel::name).collect(Collectors.toList()));
    LookmlModel ecommerce = client.fetchModel("ecommerce");
    assertEquals(List.copyOf(looker.project().models().get("ecommerce").explores().keySet()),
        ecommerce.explores().stream().map(LookmlModelNavExplore::name)
            .collect(Collectors.toList()));
    LookmlModelNavExplore customers = ecommerce.explores().stream()
        .filter(e -> e.name().equals("customers")).findFirst().orElseThrow();
    assertTrue(customers.hidden());
    assertEquals("ecommerce", ecommerce.projectName());
  }

  @Test void exploreHasAllFieldsWithTheirTypes() {
    LookmlModelExplore explore = client.fetchExplore("ecommerce", "order_items");
    assertEquals("ecommerce::order_items", explore.id());
    assertEquals("order_items", explore.viewName());
    assertFalse(explore.joins().isEmpty());
    LookmlModelExploreField id = field(explore.fields().dimensions(), "order_items.id");
    assertEquals("number", id.type());
    assertTrue(id.primaryKey());
    assertTrue(id.isNumeric());
    assertEquals("dimension", id.category());
    LookmlModelExploreField created = field(explore.fields().dimensions(),
        "order_items.created_date");
    assertEquals("date_date", created.type());
    assertEquals("order_items.created", created.dimensionGroup());
    assertTrue(created.isTimeframe());
    assertEquals("day", created.timeInterval().name());
    LookmlModelExploreField returned = field(explore.fields().dimensions(),
        "order_items.is_returned");
    assertEquals("yesno", returned.type());
    assertEquals(2, returned.enumerations().size());
    LookmlModelExploreField total = field(explore.fields().measures(),
        "order_items.total_sale_price");
    assertEquals("sum", total.type());
    assertTrue(total.measure());
    assertTrue(field(explore.fields().dimensions(), "order_items.user_id").hidden());
  }

  @Test void unknownModelAndExploreAre404s() {
    LookerApiException e = assertThrows(LookerApiException.class,
        () -> client.fetchExplore("ecommerce", "nope"));
    assertEquals(404, e.status());
    assertEquals("GET", e.method());
    assertEquals("/lookml_models/ecommerce/explores/nope", e.path());
    assertEquals("https://cloud.google.com/looker/docs/r/err/4.0/404/get/lookml_models/"
        + ":lookml_model_name/explores/:explore_name", e.documentationUrl());
    assertEquals(404, assertThrows(LookerApiException.class,
        () -> client.fetchModel("no such model")).status());
  }

  @Test void meIsTheAdmin() {
    User me = client.fetchMe();
    assertEquals("1", me.id());
    assertEquals("admin@example.com", me.email());
    assertEquals("admin@example.com", me.credentialsEmail().email());
    assertFalse(me.roleIds().isEmpty());
  }

  @Test void versions() {
    assertEquals(looker.baseUrl(), client.fetchVersions().apiServerUrl());
  }

  private static LookmlModelExploreField field(List<LookmlModelExploreField> fields,
      String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no field " + name));
  }
}

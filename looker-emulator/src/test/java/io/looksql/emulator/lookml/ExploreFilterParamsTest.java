package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Tests {@code access_filter}, {@code always_filter} and {@code conditionally_filter} of explores. */
class ExploreFilterParamsTest {
  private static Explore explore(String body) {
    Project p = LookmlLoader.load("p", List.of(
        new LookmlFile("base.view.lkml", BadInput.BASE),
        new LookmlFile("m.model.lkml", "include: \"*.view.lkml\"\nexplore: users {\n" + body + "}\n")));
    return p.models().get("m").explores().get("users");
  }

  @Test void readsAllThreeInDeclarationOrder() {
    Explore e = explore("""
          access_filter: { field: users.name user_attribute: region }
          access_filter: {
            field: id
            user_attribute: "customer id"
          }
          always_filter: { filters: [users.name: "-NULL", id: ">0"] }
          conditionally_filter: {
            filters: [users.id: "<100"]
            unless: [users.name]
          }
        """);
    assertEquals(List.of(new AccessFilter("users.name", "region"),
        new AccessFilter("id", "customer id")), e.accessFilters());
    assertEquals(List.of("users.name", "id"), List.copyOf(e.alwaysFilter().keySet()));
    assertEquals(Map.of("users.name", "-NULL", "id", ">0"), e.alwaysFilter());
    assertEquals(new ConditionalFilter(Map.of("users.id", "<100"), List.of("users.name")),
        e.conditionallyFilter());
  }

  @Test void absentMeansNone() {
    Explore e = explore("  label: \"Users\"\n");
    assertEquals(List.of(), e.accessFilters());
    assertEquals(Map.of(), e.alwaysFilter());
    assertSame(ConditionalFilter.NONE, e.conditionallyFilter());
  }

  static Stream<BadInput> badInput() {
    String head = "include: \"*.view.lkml\"\nexplore: users {\n";
    return Stream.of(
        BadInput.model("access_filter without user_attribute",
            head + "  access_filter: { field: users.name }\n}\n",
            "m.model.lkml:3:3: access_filter needs 'user_attribute'"),
        BadInput.model("access_filter without field",
            head + "  access_filter: { user_attribute: region }\n}\n",
            "m.model.lkml:3:3: access_filter needs 'field'"),
        BadInput.model("access_filter not a block",
            head + "  access_filter: users.name\n}\n",
            "m.model.lkml:3:18: expected '{' after 'access_filter:', found 'users.name'"),
        BadInput.model("always_filter without filters",
            head + "  always_filter: { }\n}\n",
            "m.model.lkml:3:3: always_filter needs 'filters: [view.field: \"expression\"]'"),
        BadInput.model("two always_filters",
            head + "  always_filter: { filters: [id: \"1\"] }\n"
                + "  always_filter: { filters: [id: \"2\"] }\n}\n",
            "m.model.lkml:4:3: duplicate parameter 'always_filter' in explore 'users'"),
        BadInput.model("conditionally_filter unless not a list",
            head + "  conditionally_filter: { filters: [id: \"1\"] unless: id }\n}\n",
            "m.model.lkml:3:54: expected a list for 'unless', found 'id'"));
  }

  @ParameterizedTest(name = "{0}") @MethodSource("badInput")
  void badInputFails(BadInput input) {
    input.assertFails();
  }
}

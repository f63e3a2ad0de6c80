package io.looksql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.looksql.client.model.LookmlModelExplore;
import io.looksql.client.model.LookmlModelExploreJoins;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How explore metadata names the base view and what each join depends on, as the Looker API
 * describes them ({@code LookmlModelExplore.view_name} is the view, {@code LookmlModelExploreJoins}
 * carries {@code sql_on}, {@code foreign_key}, {@code required_joins}).
 */
class LookerClientSourceTest {
  private static LookmlModelExploreJoins join(String name, String sqlOn, String foreignKey,
      List<String> requiredJoins, String sqlWhere) {
    return new LookmlModelExploreJoins(name, null, sqlOn, null, null, requiredJoins, List.of(),
        foreignKey, sqlWhere);
  }

  private static LookmlModelExplore explore(String name, String viewName) {
    return new LookmlModelExplore(name + "::" + name, name, "m", null, null, viewName, null, null,
        false, true, "low", null, List.of(), null, List.of(), List.of(), List.of());
  }

  private static FieldDefinition field(String view) {
    return new FieldDefinition(view + ".x", "dimension", "string", false, null, null, view, null,
        null, false);
  }

  @Test void dependenciesOfEachKindOfJoin() {
    assertEquals(Set.of("orders", "users"),
        LookerClientSource.dependencies(join("items", "${orders.id} = ${items.order_id} AND "
            + "${users.id} = ${items.user_id}", null, List.of(), null), "sales"));
    assertEquals(Set.of("sales"),
        LookerClientSource.dependencies(join("buyer", null, "user_id", List.of(), null), "sales"));
    assertEquals(Set.of("orders"), LookerClientSource.dependencies(
        join("buyer", null, "orders.user_id", List.of(), null), "sales"));
    assertEquals(Set.of("orders", "stock", "product"), LookerClientSource.dependencies(
        join("x", "${orders.id} = ${x.order_id}", null, List.of("stock"),
            "${product.id} IS NOT NULL"), "sales"));
    assertNull(LookerClientSource.dependencies(join("y", null, null, List.of(), null), "sales"));
  }

  @Test void baseAliasIsTheFieldsAliasThatIsNoJoin() {
    // explore: sales { from: sales_fact }: view_name is the view, fields use the explore's name.
    assertEquals("sales", LookerClientSource.baseAlias(explore("sales", "sales_fact"),
        List.of(field("sales"), field("buyer")), Set.of("buyer")));
    // explore: shoppers { view_name: users }: fields use the view's name.
    assertEquals("users", LookerClientSource.baseAlias(explore("shoppers", "users"),
        List.of(field("orders"), field("users")), Set.of("orders")));
    // No field of the base view: the explore's name.
    assertEquals("sales", LookerClientSource.baseAlias(explore("sales", "sales_fact"),
        List.of(field("buyer")), Set.of("buyer")));
  }
}

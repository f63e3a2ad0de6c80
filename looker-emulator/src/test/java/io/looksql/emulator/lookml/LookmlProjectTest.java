package io.looksql.emulator.lookml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests models, includes, explores and joins of the multi-file {@link ShopFixture} project. */
class LookmlProjectTest {
  private static final Project PROJECT = ShopFixture.PROJECT;

  @Test void readsOnlyLkmlFilesSortedWithSlashPaths() {
    List<String> paths = ShopFixture.FILES.stream().map(LookmlFile::path).toList();
    assertEquals(List.of("admin.model.lkml", "derived/facts/user_facts.view.lkml",
        "ecommerce.model.lkml", "views/order_items.view.lkml", "views/orders.view.lkml",
        "views/products.view.lkml", "views/users.view.lkml"), paths);
    assertTrue(ShopFixture.FILES.get(0).content().startsWith("connection: \"admin_db\""));
  }

  @Test void eachModelFileIsAModelNamedAfterIt() {
    assertEquals("shop", PROJECT.name());
    assertEquals(List.of("admin", "ecommerce"), List.copyOf(PROJECT.models().keySet()));
    Model model = PROJECT.models().get("ecommerce");
    assertEquals("ecommerce", model.name());
    assertEquals("shop_db", model.connection());
    assertEquals("E-commerce", model.label());
    assertEquals("ecommerce.model.lkml", model.sourceFile());
    assertNull(PROJECT.models().get("admin").label());
  }

  @Test void modelViewsAreThoseOfIncludedFilesInProjectOrder() {
    assertEquals(List.of("user_facts", "order_items", "orders", "products", "users"),
        List.copyOf(PROJECT.models().get("ecommerce").views().keySet()));
    Model admin = PROJECT.models().get("admin");
    assertEquals(List.of("users"), List.copyOf(admin.views().keySet()));
    assertEquals(List.of("users"), List.copyOf(admin.explores().keySet()));
  }

  @Test void viewsAreSharedBetweenModelsThatIncludeThem() {
    assertTrue(PROJECT.models().get("admin").views().get("users")
        == PROJECT.models().get("ecommerce").views().get("users"));
  }

  @Test void exploreWithJoins() {
    Explore explore = PROJECT.models().get("ecommerce").explores().get("order_items");
    assertEquals("order_items", explore.name());
    assertEquals("order_items", explore.alias());
    assertEquals("order_items", explore.viewName());
    assertEquals("Order Items", explore.label());
    assertEquals("Line items with their \"order\" and buyer", explore.description());
    assertFalse(explore.hidden());
    assertEquals(List.of(), explore.fields());
    assertEquals(new SourcePosition("ecommerce.model.lkml", 15, 1), explore.position());
    assertEquals(List.of("orders", "buyer", "products", "user_facts"),
        explore.joins().stream().map(Join::name).toList());
  }

  @Test void joinDefaultsAndFrom() {
    Explore explore = PROJECT.models().get("ecommerce").explores().get("order_items");
    Join orders = explore.join("orders");
    assertEquals(new Join("orders", "orders", "${order_items.order_id} = ${orders.id}",
        Relationship.MANY_TO_ONE, JoinType.LEFT_OUTER, List.of(),
        new SourcePosition("ecommerce.model.lkml", 21, 3)), orders);
    Join buyer = explore.join("buyer");
    assertEquals("users", buyer.viewName());
    assertEquals(JoinType.INNER, buyer.type());
    assertEquals(Relationship.MANY_TO_ONE, buyer.relationship());
    assertEquals("${orders.user_id} = ${buyer.id}", buyer.sqlOn());
    assertEquals(List.of("buyer.name", "buyer.email"), buyer.fields());
    Join facts = explore.join("user_facts");
    assertEquals(Relationship.ONE_TO_ONE, facts.relationship());
    assertEquals("${buyer.id}\n    = ${user_facts.user_id}", facts.sqlOn());
  }

  @Test void exploreFromIsTheViewAndTheNameIsTheAlias() {
    Explore explore = PROJECT.models().get("ecommerce").explores().get("buyers");
    assertEquals("buyers", explore.alias());
    assertEquals("users", explore.viewName());
    assertTrue(explore.hidden());
    assertEquals(List.of("ALL_FIELDS*", "-buyers.email", "orders.*"), explore.fields());
    Join orders = explore.join("orders");
    assertEquals(JoinType.FULL_OUTER, orders.type());
    assertTrue(orders.relationship().fansOut());
  }

  @Test void exploreViewNameIsBothAliasAndView() {
    Explore explore = PROJECT.models().get("ecommerce").explores().get("customers");
    assertEquals("users", explore.alias());
    assertEquals("users", explore.viewName());
    assertEquals("Everyone who signed up", explore.description());
    assertNull(explore.label());
    assertEquals(List.of(), explore.joins());
  }

  @Test void viewSourcesTableOrDerivedSql() {
    assertEquals("public.orders", ShopFixture.view("orders").sqlTableName());
    assertNull(ShopFixture.view("orders").derivedTableSql());
    View facts = ShopFixture.view("user_facts");
    assertNull(facts.sqlTableName());
    assertEquals("SELECT user_id, COUNT(*) AS order_count  -- \"quoted\" # not a comment\n"
        + "      FROM ${orders.SQL_TABLE_NAME}\n"
        + "      WHERE status <> '}'\n"
        + "      GROUP BY user_id", facts.derivedTableSql());
    assertEquals(new SourcePosition("derived/facts/user_facts.view.lkml", 2, 1),
        facts.position());
    // Looker reads a view without either from the table named like the view.
    assertEquals("products", ShopFixture.view("products").sqlTableName());
  }

  @Test void everythingIsImmutable() {
    Model model = PROJECT.models().get("ecommerce");
    assertThrows(UnsupportedOperationException.class, () -> PROJECT.models().remove("admin"));
    assertThrows(UnsupportedOperationException.class, () -> model.views().remove("orders"));
    assertThrows(UnsupportedOperationException.class, () -> model.explores().clear());
    Explore explore = model.explores().get("order_items");
    assertThrows(UnsupportedOperationException.class, () -> explore.joins().clear());
    assertThrows(UnsupportedOperationException.class,
        () -> explore.join("buyer").fields().add("x"));
  }

  @Test void loadsFromInMemoryFilesWithBackslashOrLeadingSlashPaths() {
    Project project = LookmlLoader.load("p", List.of(
        new LookmlFile("models\\m.model.lkml", "include: \"/lib/*.view\"\nexplore: t {}"),
        new LookmlFile("/lib/t.view.lkml", "view: t { dimension: a {} }")));
    assertEquals("m", project.models().get("m").name());
    assertEquals(List.of("t"), List.copyOf(project.models().get("m").views().keySet()));
    assertNull(project.models().get("m").connection());
  }

  @Test void viewsAndExploresMayLiveInAnyIncludedFileButModelsAreNeverIncluded() {
    Project project = LookmlLoader.load("p", List.of(
        new LookmlFile("a.model.lkml", """
            include: "**/*.lkml"
            view: local { dimension: x {} }
            explore: local {}
            """),
        new LookmlFile("b.model.lkml", "include: \"lib/*\"\nexplore: other { from: t }\n"),
        new LookmlFile("lib/t.view.lkml", "view: t { dimension: a {} }"),
        new LookmlFile("lib/t.explore.lkml", "explore: t { join: u { from: t sql_on: ${t.a} = "
            + "${u.a} ;; } }")));
    Model a = project.models().get("a");
    assertEquals(List.of("local", "t"), List.copyOf(a.views().keySet()));
    assertEquals(List.of("local", "t"), List.copyOf(a.explores().keySet()));
    Model b = project.models().get("b");
    assertEquals(List.of("t"), List.copyOf(b.views().keySet()));
    assertEquals(List.of("other", "t"), List.copyOf(b.explores().keySet()));
    assertEquals("t", b.explores().get("t").join("u").viewName());
  }
}

package io.looksql.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grain rules on an explore shaped as LookML's reference describes joins: each join's
 * relationship is to what its {@code sql_on} names, Looker joins what a query uses and what that
 * depends on, and {@code always_join} joins in every query.
 */
class AdditivityTest {
  /**
   * explore: sales { from: sales_fact }, with buyer (many_to_one), orders (many_to_one),
   * order_user (many_to_one through orders), stock (one_to_one), product (many_to_one through
   * stock), buyer_facts (one_to_one through buyer), items (one_to_many through orders), and a
   * join whose condition the metadata doesn't show.
   */
  private static final ExploreDefinition SALES = explore(List.of(), true);

  private static ExploreDefinition explore(List<String> alwaysJoin, boolean withItems) {
    List<JoinDefinition> joins = new java.util.ArrayList<>(List.of(
        new JoinDefinition("buyer", null, Set.of("sales")),
        new JoinDefinition("orders", "MANY_TO_ONE", Set.of("sales")),
        new JoinDefinition("order_user", "many_to_one", Set.of("orders")),
        new JoinDefinition("stock", "one_to_one", Set.of("sales")),
        new JoinDefinition("product", "many_to_one", Set.of("stock")),
        new JoinDefinition("buyer_facts", "one_to_one", Set.of("buyer")),
        new JoinDefinition("hidden_on", "one_to_one", null)));
    if (withItems) {
      joins.add(new JoinDefinition("items", "one_to_many", Set.of("orders")));
    }
    return ExploreDefinition.of("retail", "sales", "sales", null, null, false, List.of(
        field("sales.id", "dimension", "number", "sales", true),
        field("sales.count", "measure", "count", "sales", false),
        field("buyer.count", "measure", "count", "buyer", false),
        field("items.total", "measure", "sum", "items", false),
        field("stock.total_cost", "measure", "sum", "stock", false)), joins, alwaysJoin,
        List.of());
  }

  private static FieldDefinition field(String name, String category, String type, String view,
      boolean primaryKey) {
    return new FieldDefinition(name, category, type, primaryKey, null, null, view, null, null,
        primaryKey);
  }

  @ParameterizedTest(name = "{0} with joins [{1}] repeats: {2}")
  @CsvSource(delimiter = ';', value = {
      "sales; buyer orders order_user stock product buyer_facts; false",
      "sales; orders items; true",
      "stock; stock product; false",
      "buyer; buyer; true",
      "buyer_facts; buyer buyer_facts; true",
      "order_user; orders order_user; true",
      "items; orders items; true",
      "stock; stock buyer; false",
      "orders; orders items; true",
      "hidden_on; hidden_on; true",
      "nowhere; ; true",
  })
  void repeats(String alias, String joins, boolean repeated) {
    Set<String> made = joins == null ? Set.of() : Set.of(joins.split(" "));
    assertEquals(repeated, Additivity.repeats(SALES, alias, made));
    assertEquals(repeated, Additivity.whyRepeated(SALES, alias, made) != null);
  }

  @Test void joinsFollowDependenciesAndAlwaysJoin() {
    assertEquals(Set.of("orders", "order_user"), SALES.joinsFor(Set.of("order_user", "sales")));
    assertEquals(Set.of("stock", "product"), SALES.joinsFor(Set.of("product")));
    ExploreDefinition always = explore(List.of("items"), true);
    assertEquals(Set.of("orders", "items"), always.joinsFor(Set.of("sales")));
    assertTrue(Additivity.repeats(always, "sales", always.joinsFor(Set.of("sales"))));
    // A join whose condition isn't visible could depend on anything: every join is assumed.
    assertEquals(SALES.joins().keySet(), SALES.joinsFor(Set.of("hidden_on")));
  }

  @Test void whyNamesTheJoin() {
    assertEquals("the query joins items, which is one_to_many",
        Additivity.whyRepeated(SALES, "sales", Set.of("orders", "items")));
    assertEquals("buyer_facts is joined through buyer, which is many_to_one",
        Additivity.whyRepeated(SALES, "buyer_facts", Set.of("buyer", "buyer_facts")));
    assertNull(Additivity.whyRepeated(SALES, "sales", Set.of("buyer")));
  }

  @Test void primaryKeyIsTheBaseAliasesHiddenOrNot() {
    assertEquals("sales.id", SALES.primaryKey().name());
    assertEquals(Set.of(), SALES.pathTo("sales"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "count, SUM", "sum, SUM", "min, MIN", "max, MAX", "count_distinct, NONE",
      "average, NONE", "number, NONE", "list, NONE", "median, NONE", "percentile, NONE",
      "sum_distinct, NONE", "average_distinct, NONE", "median_distinct, NONE",
      "percentile_distinct, NONE", "string, NONE", "date, NONE", "yesno, NONE",
      "running_total, NONE", "percent_of_total, NONE", "percent_of_previous, NONE",
      "some_future_type, NONE",
  })
  void rollupByType(String type, Additivity.Rollup rollup) {
    assertEquals(rollup, Additivity.rollup(field("sales.m", "measure", type, "sales", false)));
  }

  @Test void isAdditiveInEveryQuery() {
    FieldDefinition salesCount = SALES.fields().get(1);
    ExploreDefinition withoutItems = explore(List.of(), false);
    // items (one_to_many) may be joined, which repeats the base view's rows.
    assertFalse(Additivity.isAdditive(SALES, salesCount));
    assertTrue(Additivity.isAdditive(withoutItems, salesCount));
    // buyer is many_to_one: its rows repeat in every query that joins it.
    assertFalse(Additivity.isAdditive(withoutItems, SALES.fields().get(2)));
    assertTrue(Additivity.isAdditive(withoutItems, SALES.fields().get(4)));
    assertNull(Additivity.isAdditive(SALES, SALES.fields().get(0)));
  }
}

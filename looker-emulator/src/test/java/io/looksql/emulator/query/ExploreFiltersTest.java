package io.looksql.emulator.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.lookml.AccessFilter;
import io.looksql.emulator.lookml.ConditionalFilter;
import io.looksql.emulator.lookml.Explore;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests which filters access_filter, always_filter and conditionally_filter add to a query. */
class ExploreFiltersTest {
  private static final QueryContext WEST =
      new QueryContext(Map.of("region", "West", "id", "7"), model -> true);

  private static Explore explore(List<AccessFilter> access, Map<String, String> always,
      ConditionalFilter conditional) {
    return new Explore("orders", "orders", "orders", null, null, false, List.of(), List.of(), null,
        access, always, conditional);
  }

  private static List<String> implied(Explore e, Map<String, String> queryFilters,
      QueryContext context) {
    return ExploreFilters.of(e, queryFilters, context).stream()
        .map(f -> f.source() + " " + f.field() + "=" + f.expression()).toList();
  }

  @Test void accessFiltersAlwaysApplyWithTheUsersValue() {
    Explore e = explore(List.of(new AccessFilter("users.region", "region"),
        new AccessFilter("user_id", "id")), Map.of(), ConditionalFilter.NONE);
    List<String> expected = List.of("access_filter users.region=West", "access_filter orders.user_id=7");
    assertEquals(expected, implied(e, null, WEST));
    // The query's own filter on the field does not replace the access filter; both apply.
    assertEquals(expected, implied(e, Map.of("users.region", "East"), WEST));
  }

  @Test void accessFilterWithoutAttributeValueIsForbidden() {
    Explore e = explore(List.of(new AccessFilter("users.region", "region")), Map.of(),
        ConditionalFilter.NONE);
    QueryException x = assertThrows(QueryException.class,
        () -> ExploreFilters.of(e, Map.of(), QueryContext.NONE));
    assertEquals(403, x.status());
    assertTrue(x.getMessage().contains("user attribute 'region', which has no value"), x.getMessage());
  }

  @Test void alwaysFilterAppliesUnlessTheQueryFiltersTheFieldWithAValue() {
    Explore e = explore(List.of(), Map.of("status", "complete"), ConditionalFilter.NONE);
    assertEquals(List.of("always_filter orders.status=complete"), implied(e, Map.of(), WEST));
    assertEquals(List.of(), implied(e, Map.of("orders.status", "pending"), WEST));
    // A blank value would remove the filter, which always_filter does not allow.
    assertEquals(List.of("always_filter orders.status=complete"),
        implied(e, Map.of("orders.status", " "), WEST));
  }

  @Test void conditionallyFilterYieldsToUnlessFieldsAndToItsOwnFields() {
    Explore e = explore(List.of(), Map.of(), new ConditionalFilter(
        Map.of("orders.created_date", "30 days", "orders.status", "complete"), List.of("orders.id")));
    assertEquals(2, implied(e, Map.of(), WEST).size());
    assertEquals(List.of(), implied(e, Map.of("orders.id", "5"), WEST));
    assertEquals(List.of("conditionally_filter orders.created_date=30 days"),
        implied(e, Map.of("orders.status", "pending"), WEST));
  }
}

package io.looksql.emulator.lookml;

import static io.looksql.emulator.lookml.ShopFixture.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tests the dimensions, dimension groups and measures of the {@link ShopFixture} views. */
class LookmlFieldTest {
  @Test void fieldsInDeclarationOrderWithGroupsExpanded() {
    assertEquals(List.of("id", "user_id", "status", "amount", "amount_tier", "is_big",
        "created_raw", "created_time", "created_date", "created_week", "created_month",
        "created_quarter", "created_year", "created_day_of_week", "created_hour_of_day",
        "created_month_num", "shipped_raw", "shipped_time", "shipped_date", "shipped_week",
        "shipped_month", "shipped_quarter", "shipped_year", "count", "total_amount",
        "completed_count", "pct_complete", "statuses", "buyers", "first_order", "last_order",
        "average_amount"), List.copyOf(ShopFixture.view("orders").fields().keySet()));
  }

  @Test void primaryKeyDimension() {
    SourcePosition at = new SourcePosition("views/orders.view.lkml", 4, 3);
    assertEquals(new Field("id", Category.DIMENSION, "number", "${TABLE}.id", true, false,
        null, null, null, List.of(), null, null, null, true, List.of(), null, Map.of(), null,
        at), field("orders", "id"));
    assertEquals("id", ShopFixture.view("orders").primaryKey().name());
  }

  @Test void dimensionDefaults() {
    Field userId = field("orders", "user_id");
    assertEquals("${TABLE}.user_id", userId.sql());
    assertTrue(userId.hidden());
    Field name = field("products", "name");
    assertEquals("string", name.type());
    assertEquals("${TABLE}.name", name.sql());
    assertNull(name.label());
    assertFalse(name.isMeasure());
  }

  @Test void sqlKeepsHashesQuotesAndBraces() {
    Field status = field("orders", "status");
    assertEquals("CASE WHEN ${TABLE}.status = 'x#1' THEN '{braced}' ELSE ${TABLE}.status END",
        status.sql());
    assertEquals("Where the order is: \"complete\" or \"pending\"", status.description());
  }

  @Test void formatAndTags() {
    Field amount = field("orders", "amount");
    assertEquals("usd", amount.valueFormatName());
    assertEquals(List.of("money", "finance"), amount.tags());
    assertThrows(UnsupportedOperationException.class, () -> amount.tags().add("x"));
  }

  @Test void tiers() {
    Field tier = field("orders", "amount_tier");
    assertEquals("tier", tier.type());
    assertEquals(List.of(0.0, 10.0, 50.5, 100.0), tier.tiers());
    assertEquals("integer", tier.tierStyle());
    assertEquals("${amount}", tier.sql());
    assertEquals("classic", field("users", "age_tier").tierStyle());
    assertEquals(List.of(), field("orders", "amount").tiers());
    assertNull(field("orders", "amount").tierStyle());
  }

  @Test void otherDimensionTypes() {
    assertEquals("yesno", field("orders", "is_big").type());
    assertEquals("zipcode", field("users", "zip").type());
    assertEquals("date", field("users", "signup").type());
    assertEquals("date_time", field("users", "last_seen").type());
    assertFalse(field("users", "last_seen").convertTz());
  }

  @Test void dimensionGroupMember() {
    Field month = field("orders", "created_month");
    assertEquals(new Field("created_month", Category.DIMENSION, "date_month",
        "${TABLE}.created_at", false, false, "Ordered", null, null, List.of(), "created",
        Timeframe.MONTH, "timestamp", true, List.of(), null, Map.of(), null,
        new SourcePosition("views/orders.view.lkml", 21, 3)), month);
    assertEquals("date_month_num", field("orders", "created_month_num").type());
    assertEquals(Timeframe.DAY_OF_WEEK, field("orders", "created_day_of_week").timeframe());
  }

  @Test void dateGroupHasDefaultTimeframesAndNoTimeZoneConversion() {
    Field date = field("orders", "shipped_date");
    assertEquals("date", date.datatype());
    assertFalse(date.convertTz());
    assertTrue(date.hidden());
    assertNull(date.label());
    assertEquals("shipped", date.group());
    assertEquals("${TABLE}.shipped_on", date.sql());
  }

  @Test void countNeedsNoSql() {
    Field count = field("orders", "count");
    assertEquals(Category.MEASURE, count.category());
    assertTrue(count.isMeasure());
    assertEquals("count", count.type());
    assertNull(count.sql());
  }

  @Test void filteredMeasureKeepsFieldNamesAndOrder() {
    Field completed = field("orders", "completed_count");
    assertEquals(List.of("status", "created_date", "users.state"),
        List.copyOf(completed.filters().keySet()));
    assertEquals(List.of("complete", "last 7 days", "-CA"),
        List.copyOf(completed.filters().values()));
    assertThrows(UnsupportedOperationException.class, () -> completed.filters().clear());
    assertEquals(Map.of("state", "CA"), field("users", "california_count").filters());
    assertEquals(Map.of(), field("orders", "count").filters());
  }

  @Test void numberMeasureOverMeasures() {
    Field pct = field("orders", "pct_complete");
    assertEquals("number", pct.type());
    assertEquals("1.0 * ${completed_count} / NULLIF(${count}, 0)", pct.sql());
    assertEquals("Share complete", pct.label());
  }

  @Test void aggregateMeasures() {
    assertEquals("status", field("orders", "statuses").listField());
    assertEquals("list", field("orders", "statuses").type());
    assertEquals("count_distinct", field("orders", "buyers").type());
    assertTrue(field("orders", "buyers").hidden());
    assertEquals("${created_raw}", field("orders", "first_order").sql());
    assertEquals("min", field("orders", "first_order").type());
    assertEquals("max", field("orders", "last_order").type());
    assertEquals("average", field("orders", "average_amount").type());
    assertEquals("sum", field("orders", "total_amount").type());
    assertEquals("usd", field("orders", "total_amount").valueFormatName());
  }

  @Test void filtersParametersAndSetsAreNotDimensionsOrMeasures() {
    assertEquals(List.of("id", "name", "email", "state", "zip", "age", "age_tier", "signup",
        "last_seen", "nickname", "count", "california_count"),
        List.copyOf(ShopFixture.view("users").fields().keySet()));
    assertEquals("${TABLE}.first_name || ' ' || ${TABLE}.last_name",
        field("users", "name").sql());
    assertNull(field("users", "state").label());
  }
}

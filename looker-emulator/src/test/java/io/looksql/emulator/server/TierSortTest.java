package io.looksql.emulator.server;

import static io.looksql.emulator.server.SampleApi.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.looksql.emulator.LookerEmulator;
import io.looksql.emulator.lookml.LookmlFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tier dimensions sort by tier, as Looker sorts them, not by label text: with tiers
 * [18, 25, 100] the text order would be "18 to 24", "25 to 99", "Below 18", "Undefined". The
 * sample's ages are 12 to 70 or unknown, so every tier but "100 or Above" has users.
 */
class TierSortTest {
  private static final String MODEL = """
      connection: "ecommerce"
      explore: users {}
      view: users {
        sql_table_name: users ;;
        dimension: id { primary_key: yes type: number }
        dimension: gender {}
        dimension: age_band { type: tier tiers: [18, 25, 100] style: integer sql: ${TABLE}.age ;; }
        dimension: age_range { type: tier tiers: [18, 25, 100] style: relational sql: ${TABLE}.age ;; }
        measure: count { type: count }
      }
      """;
  private static final List<String> INTEGER_ORDER =
      List.of("Below 18", "18 to 24", "25 to 99", "Undefined");

  private static SampleApi api;
  private static String admin;

  @BeforeAll static void start() throws Exception {
    api = new SampleApi(LookerEmulator.builder().scale(0.05).projectName("tiers")
        .lookml(List.of(new LookmlFile("ecommerce.model.lkml", MODEL))));
    admin = api.login("looksql-admin");
  }

  @AfterAll static void stop() {
    api.close();
  }

  private static JsonNode run(String fields, String sorts) throws Exception {
    return ok(api.post("/queries/run/json", admin, "{\"model\":\"ecommerce\",\"view\":\"users\","
        + "\"fields\":[" + fields + "]" + (sorts == null ? "" : ",\"sorts\":[" + sorts + "]") + "}"));
  }

  private static List<String> column(JsonNode rows, String field) {
    List<String> values = new ArrayList<>();
    rows.forEach(r -> values.add(r.get(field).asText()));
    return values;
  }

  /** Returns the number of users in an age band, by plain SQL. */
  private static long users(String condition) throws Exception {
    return ((Number) api.sql("SELECT COUNT(*) FROM users WHERE " + condition).get(0).get(0))
        .longValue();
  }

  @Test void ascendingIsTierOrderWithUndefinedLast() throws Exception {
    JsonNode rows = run("\"users.age_band\",\"users.count\"", "\"users.age_band\"");
    assertEquals(INTEGER_ORDER, column(rows, "users.age_band"));
    List<Long> counts = new ArrayList<>();
    rows.forEach(r -> counts.add(r.get("users.count").asLong()));
    assertEquals(List.of(users("age < 18"), users("age BETWEEN 18 AND 24"),
        users("age BETWEEN 25 AND 99"), users("age IS NULL")), counts);
  }

  @Test void descendingIsReverseTierOrder() throws Exception {
    JsonNode rows = run("\"users.age_band\",\"users.count\"", "\"users.age_band desc\"");
    assertEquals(List.of("Undefined", "25 to 99", "18 to 24", "Below 18"),
        column(rows, "users.age_band"));
  }

  @Test void theDefaultSortOfATierAloneIsTierOrder() throws Exception {
    assertEquals(INTEGER_ORDER, column(run("\"users.age_band\"", null), "users.age_band"));
  }

  @Test void aTierSortsWithinAnotherSortAndWithMeasureFilters() throws Exception {
    JsonNode rows = ok(api.post("/queries/run/json", admin, "{\"model\":\"ecommerce\","
        + "\"view\":\"users\",\"fields\":[\"users.gender\",\"users.age_range\",\"users.count\"],"
        + "\"sorts\":[\"users.gender\",\"users.age_range\"],\"filters\":{\"users.count\":\">0\"}}"));
    List<String> expected = new ArrayList<>();
    for (String gender : new String[] {"F", "M"}) {
      for (String range : new String[] {"< 18", ">= 18 and < 25", ">= 25 and < 100", "Undefined"}) {
        expected.add(gender + " " + range);
      }
    }
    List<String> actual = new ArrayList<>();
    rows.forEach(r -> actual.add(r.get("users.gender").asText() + " " + r.get("users.age_range").asText()));
    assertEquals(expected, actual);
  }
}

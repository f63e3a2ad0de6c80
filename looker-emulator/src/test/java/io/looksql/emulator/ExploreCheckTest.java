package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.lookml.LookmlFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the per-explore report of whether a project's SQL runs on the emulator's database: an
 * explore in H2's SQL runs, one in BigQuery's is served but reported field by field.
 */
class ExploreCheckTest {
  private static final String MODEL = """
      view: users {
        sql_table_name: users ;;
        dimension: id { primary_key: yes type: number }
        dimension: state {}
        measure: count { type: count }
      }
      view: bq_users {
        sql_table_name: `project.dataset.users` ;;
        dimension: id { primary_key: yes type: number }
        dimension: share { type: number sql: SAFE_DIVIDE(${id}, 2) ;; }
      }
      explore: users {}
      explore: bq_users {}
      """;

  @Test void reportsPerExploreWhetherItsSqlRunsHere() throws Exception {
    try (LookerEmulator looker = LookerEmulator.builder().scale(0.01).port(0)
        .lookml(List.of(new LookmlFile("m.model.lkml", MODEL))).start()) {
      List<ExploreCheck.Status> statuses = looker.checkExplores();
      assertEquals(List.of("users", "bq_users"),
          statuses.stream().map(ExploreCheck.Status::explore).toList());
      assertEquals(List.of(), statuses.get(0).failures());
      assertEquals(3, statuses.get(0).fields());
      assertEquals(2, statuses.get(1).failures().size());
      assertTrue(statuses.get(1).failures().get(0).startsWith("bq_users.id: "),
          statuses.get(1).failures().toString());

      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      EmulatorMain.reportExplores(looker, new PrintStream(bytes, true, StandardCharsets.UTF_8));
      String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
      assertEquals("m::users: SQL runs on h2 (3 fields)", lines[0]);
      assertTrue(lines[1].startsWith("m::bq_users: 2 of 2 fields fail on h2, first bq_users.id: "),
          lines[1]);
    }
  }
}

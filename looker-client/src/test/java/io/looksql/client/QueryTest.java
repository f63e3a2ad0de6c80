package io.looksql.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.client.model.Query;
import io.looksql.client.model.WriteQuery;
import io.looksql.emulator.LookerEmulator;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Queries inline and saved, compared with the same question asked in plain SQL. */
class QueryTest {
  private static LookerEmulator looker;
  private static LookerClient client;

  private static final WriteQuery BY_STATUS = WriteQuery.builder("ecommerce", "order_items")
      .fields("order_items.status", "order_items.count", "order_items.total_sale_price")
      .sorts("order_items.status").limit(-1).build();
  private static final String BY_STATUS_SQL = "SELECT status, COUNT(*), SUM(sale_price) "
      + "FROM order_items GROUP BY status ORDER BY status";

  @BeforeAll static void start() {
    looker = TestLooker.emulator();
    client = TestLooker.client(looker);
  }

  @AfterAll static void stop() {
    client.close();
    looker.close();
  }

  @Test void inlineQueryMatchesSql() throws Exception {
    try (QueryRows rows = client.runQuery(BY_STATUS)) {
      assertEquals(List.of("order_items.status", "order_items.count",
          "order_items.total_sale_price"), rows.fieldNames());
      assertEquals("count", rows.metadata().fields().measures().get(0).type());
      assertEquals(TestLooker.sql(looker, BY_STATUS_SQL), TestLooker.drain(rows));
      assertEquals(5, rows.rowCount());
    }
  }

  @Test void rowValuesKeepTheirTypesAndAreFoundByName() throws Exception {
    WriteQuery q = WriteQuery.builder("ecommerce", "order_items")
        .fields("order_items.id", "order_items.status", "order_items.sale_price",
            "order_items.created_time", "order_items.created_date")
        .sorts("order_items.id").limit(50).build();
    List<List<Object>> expected = TestLooker.sql(looker, "SELECT id, status, sale_price, "
        + "FORMATDATETIME(created_at, 'yyyy-MM-dd HH:mm:ss'), CAST(CAST(created_at AS DATE) "
        + "AS VARCHAR) FROM order_items ORDER BY id LIMIT 50");
    try (QueryRows rows = client.runQuery(q)) {
      int i = 0;
      for (Row row : rows.rows()) {
        assertEquals(expected.get(i++), row.values());
        assertTrue(row.get("order_items.id") instanceof Long);
        assertEquals(row.get(1), row.get("order_items.status"));
      }
      assertEquals(50, i);
    }
  }

  @Test void savedQueryRunsByIdAndReadsBackBySlug() throws Exception {
    Query saved = client.createQuery(BY_STATUS);
    assertEquals(saved.id(), client.createQuery(BY_STATUS).id(), "identical queries are one");
    assertEquals(BY_STATUS.fields(), client.fetchQuery(saved.id()).fields());
    assertEquals(saved.id(), client.fetchQueryBySlug(saved.slug()).id());
    WriteQuery back = saved.toWriteQuery();
    assertEquals(List.of(BY_STATUS.model(), BY_STATUS.view(), BY_STATUS.sorts(), BY_STATUS.limit()),
        List.of(back.model(), back.view(), back.sorts(), back.limit()));
    assertEquals(TestLooker.sql(looker, BY_STATUS_SQL),
        TestLooker.drain(client.runQuery(saved.id())));
  }

  @Test void filtersApply() throws Exception {
    WriteQuery q = WriteQuery.builder("ecommerce", "order_items")
        .fields("order_items.count").filter("order_items.status", "Complete,Shipped")
        .filter("order_items.sale_price", ">=50").build();
    assertEquals(TestLooker.sql(looker, "SELECT COUNT(*) FROM order_items WHERE status IN "
        + "('Complete', 'Shipped') AND sale_price >= 50"), TestLooker.drain(client.runQuery(q)));
  }

  @Test void sqlAndRawFormats() throws Exception {
    String sql = client.fetchSql(BY_STATUS);
    assertTrue(sql.contains("order_items"), sql);
    try (InputStream csv = client.runQueryRaw(BY_STATUS, ResultFormat.CSV)) {
      String[] lines = new String(csv.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      assertEquals(1 + TestLooker.sql(looker, BY_STATUS_SQL).size(), lines.length);
    }
  }

  @Test void validationErrorsListTheFields() {
    WriteQuery bad = WriteQuery.builder("ecommerce", "order_items")
        .fields("order_items.nope").build();
    LookerApiException e = assertThrows(LookerApiException.class, () -> client.runQuery(bad));
    assertEquals("POST", e.method());
    assertEquals("/queries/run/json_bi", e.path());
    assertTrue(e.status() == 400 || e.status() == 422, e.getMessage());
    assertFalse(e.lookerMessage().isEmpty());
  }

  @Test void closingEarlyEndsTheStreamAndFreesTheServer() throws Exception {
    WriteQuery all = WriteQuery.builder("ecommerce", "order_items")
        .fields("order_items.id", "order_items.status").sorts("order_items.id").limit(-1).build();
    for (int i = 0; i < 40; i++) {
      try (QueryRows rows = client.runQuery(all)) {
        assertEquals(1L, rows.next().get(0));
      }
      assertFalse(new QueryRowsProbe().hasNextAfterClose(client.runQuery(all)));
    }
    // 80 abandoned responses later the server still answers, so none of them holds it up.
    assertEquals(TestLooker.sql(looker, BY_STATUS_SQL), TestLooker.drain(client.runQuery(BY_STATUS,
        Duration.ofSeconds(30))));
  }

  /** Closes a result before reading and reports whether it still offers rows. */
  private static final class QueryRowsProbe {
    boolean hasNextAfterClose(QueryRows rows) {
      rows.close();
      return rows.hasNext();
    }
  }
}

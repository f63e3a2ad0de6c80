package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.zaxxer.hikari.HikariDataSource;
import io.looksql.emulator.lookml.LookmlFile;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The emulator over rows PostgreSQL generates: a 100,000-row result streams through the fetch
 * size, and timestamptz columns (PostgreSQL's usual timestamps) are read and converted.
 */
class GeneratedRowsPostgresTest {
  private static final int ROWS = 100_000;
  /** Counts the rows PostgreSQL has computed: the probe dimension calls nextval once per row. */
  private static final String PROBE = "looksql_stream_probe";
  private static final Instant START = Instant.parse("2024-03-09T00:00:00Z");
  private static final List<LookmlFile> LOOKML = List.of(
      new LookmlFile("ecommerce.model.lkml", "connection: \"pg\"\ninclude: \"/generated.view.lkml\"\nexplore: generated {}\n"),
      new LookmlFile("generated.view.lkml", String.format(Locale.ROOT, """
          view: generated {
            derived_table: {
              sql: SELECT g AS id, TIMESTAMPTZ '2024-03-09 00:00:00+00' + g * INTERVAL '17 minutes' AS created_at
                   FROM generate_series(1, %d) AS g ;;
            }
            dimension: id { primary_key: yes type: number sql: ${TABLE}.id ;; }
            # Volatile, so PostgreSQL computes it after the sort, row by row as rows are fetched;
            # padded so that socket buffers hold only a small part of the result.
            dimension: probe { type: string sql: LPAD(CAST(NEXTVAL('%s') AS VARCHAR), 1000, '.') ;; }
            dimension_group: created {
              type: time
              timeframes: [raw, time, date, hour_of_day]
              sql: ${TABLE}.created_at ;;
            }
          }
          """, ROWS, PROBE)));

  private static LookerEmulator looker;
  private static LookerApiClient api;

  @BeforeAll static void start() {
    looker = LookerEmulator.builder().jdbcUrl(PostgresUrl.get()).loadSample(false).lookml(LOOKML)
        .port(0).start();
    api = LookerApiClient.login(looker);
  }

  @AfterAll static void stop() throws SQLException {
    if (looker != null) {
      execute("DROP SEQUENCE IF EXISTS " + PROBE);
      looker.close();
    }
  }

  @Test void largeResultStreamsThroughTheFetchSize() throws Exception {
    execute("DROP SEQUENCE IF EXISTS " + PROBE);
    execute("CREATE SEQUENCE " + PROBE);
    LookerQuery query = LookerQuery.explore("generated").fields("generated.id", "generated.probe")
        .sorts("generated.id").limit("-1");
    HttpResponse<InputStream> r = api.runStream("json", query.toString());
    assertEquals(200, r.statusCode());
    long count = 0;
    try (JsonParser p = LookerApiClient.JSON.getFactory().createParser(r.body())) {
      assertEquals(JsonToken.START_ARRAY, p.nextToken());
      count += readRow(p, count);
      // The client now stops reading, so the server blocks once the socket buffers are full; had
      // the driver fetched the whole result first, PostgreSQL would have computed every row.
      long computed = settledProbe();
      assertTrue(computed < ROWS / 2, "PostgreSQL computed " + computed + " of " + ROWS
          + " rows while the client had read one: the result was not fetched in batches");
      while (p.nextToken() == JsonToken.START_OBJECT) {
        count += readRow(p, count);
      }
      assertEquals(JsonToken.END_ARRAY, p.currentToken());
    }
    assertEquals(ROWS, count);
    assertEquals(ROWS, probe());
    assertPoolIdle();
  }

  /** Reads the row after the START_OBJECT (consumed unless first), checking it is row {@code before + 1}. */
  private static int readRow(JsonParser p, long before) throws Exception {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
    }
    assertEquals("generated.id", p.nextFieldName());
    p.nextToken();
    assertEquals(before + 1, p.getLongValue());
    assertEquals("generated.probe", p.nextFieldName());
    p.nextToken();
    assertEquals(1000, p.getText().length());
    assertEquals(JsonToken.END_OBJECT, p.nextToken());
    return 1;
  }

  @Test void clientDisconnectReleasesTheConnection() throws Exception {
    execute("DROP SEQUENCE IF EXISTS " + PROBE);
    execute("CREATE SEQUENCE " + PROBE);
    LookerQuery query = LookerQuery.explore("generated").fields("generated.id", "generated.probe")
        .sorts("generated.id").limit("-1");
    HttpResponse<InputStream> r = api.runStream("json", query.toString());
    assertEquals(200, r.statusCode());
    try (InputStream body = r.body()) {
      assertEquals(4096, body.readNBytes(4096).length);
    }
    assertPoolIdle();
    assertEquals(3, api.runJson(LookerQuery.explore("generated").fields("generated.id").limit("3")).size(),
        "the server keeps serving");
  }

  @Test void readsAndConvertsTimestampWithTimeZoneColumns() {
    for (String zone : List.of("UTC", "America/Los_Angeles", "Asia/Kolkata")) {
      // Rows 1..300 span 85 hours from 2024-03-09, across Los Angeles' change to daylight time.
      LookerQuery query = LookerQuery.explore("generated")
          .fields("generated.id", "generated.created_time", "generated.created_date", "generated.created_hour_of_day")
          .filter("generated.id", "<=300").sorts("generated.id").timezone(zone);
      List<List<Object>> expected = new ArrayList<>();
      for (int id = 1; id <= 300; id++) {
        LocalDateTime local = LocalDateTime.ofInstant(START.plusSeconds(id * 17L * 60), ZoneId.of(zone));
        expected.add(List.of(id, local, local.toLocalDate(), local.getHour()));
      }
      ResultRows.assertSame(query.fieldNames(), api.runJson(query), expected, true, query.toString());
    }
    LookerQuery raw = LookerQuery.explore("generated").fields("generated.id", "generated.created_raw")
        .filter("generated.id", "1").timezone("Asia/Kolkata");
    ResultRows.assertSame(raw.fieldNames(), api.runJson(raw),
        List.of(List.of(1, LocalDateTime.ofInstant(START.plusSeconds(17 * 60), ZoneOffset.ofHoursMinutes(5, 30)))),
        true, raw.toString());
  }

  /** Returns the probe's value once it has stopped moving for half a second. */
  private static long settledProbe() throws Exception {
    long last = -1;
    for (int stable = 0; stable < 5; ) {
      Thread.sleep(100);
      long now = probe();
      stable = now == last ? stable + 1 : 0;
      last = now;
    }
    return last;
  }

  private static long probe() throws SQLException {
    List<List<Object>> rows = ResultRows.query(looker.dataSource(), "SELECT last_value FROM " + PROBE);
    return ((Number) rows.get(0).get(0)).longValue();
  }

  private static void execute(String sql) throws SQLException {
    try (Connection c = looker.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Waits until no pooled connection is in use: the statement and its transaction were closed. */
  private static void assertPoolIdle() throws InterruptedException {
    HikariDataSource pool = (HikariDataSource) looker.dataSource();
    long deadline = System.currentTimeMillis() + 20_000;
    while (pool.getHikariPoolMXBean().getActiveConnections() > 0) {
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("connections still in use: " + pool.getHikariPoolMXBean().getActiveConnections());
      }
      Thread.sleep(20);
    }
  }
}

package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A query timeout and {@code Statement.cancel()} stop the Looker query itself (the emulator's
 * {@code db_delay} fault makes its database statement take longer), each with its SQLState; a
 * cancel does so also without a query timeout, when the rows stream from one inline request.
 */
class CancelTest {
  private static final String SQL = "select `products.category`, aggregate(`products.count`) "
      + "from ecommerce.products group by `products.category`";
  /** A query whose rows take a while to stream: all order items. */
  private static final String MANY_ROWS = "select `order_items.id`, `order_items.status`, "
      + "`order_items.sale_price` from ecommerce.order_items limit 1000000";
  /** The delay an inline run gets: a cancel that only worked once it ended would take this. */
  private static final long INLINE_DELAY_MS = 30_000;

  @AfterEach void clear() {
    SharedLooker.clearFaults();
  }

  @Test void timeoutCancelsTheLookerQuery() throws SQLException {
    SharedLooker.addFault("{\"kind\": \"db_delay\", \"latency_ms\": 5000, \"count\": 1}");
    try (Connection c = SharedLooker.connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(1);
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(
          s.executeQuery(SQL)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals("HYT00", e.getSQLState(), SharedLooker.messages(e));
      assertTrue(millis < 4000, millis + " ms " + SharedLooker.messages(e));
      // The statement is usable again, and the delay was used up by the cancelled query.
      assertTrue(SharedLooker.rows(s.executeQuery(SQL)).size() > 5);
    }
  }

  @Test void cancelCancelsTheLookerQuery() throws Exception {
    SharedLooker.addFault("{\"kind\": \"db_delay\", \"latency_ms\": 5000, \"count\": 1}");
    try (Connection c = SharedLooker.connect(); Statement s = c.createStatement()) {
      s.setQueryTimeout(30);
      long millis = executeCancelled(s, () -> sleep(500));
      assertTrue(millis < 4000, millis + " ms");
    }
  }

  @Test void cancelWithoutTimeoutKillsTheInlineLookerQuery() throws Exception {
    long before = lastAuditId();
    SharedLooker.addFault("{\"kind\": \"db_delay\", \"latency_ms\": " + INLINE_DELAY_MS
        + ", \"count\": 1, \"path\": \"/api/4.0/queries/run/*\"}");
    try (Connection c = SharedLooker.connect(); Statement s = c.createStatement()) {
      long millis = executeCancelled(s, CancelTest::awaitRunningInLooker);
      assertTrue(millis < INLINE_DELAY_MS, "returned after " + millis + " ms, not before the "
          + "delayed query ended");
      // Looker killed the query: its run ends as killed, and no longer runs (had it not been
      // killed, it would have run until its delay ended, then completed).
      List<JsonNode> audit = auditAfter(before);
      while (audit.isEmpty() || audit.get(audit.size() - 1).get("finished_at").isNull()) {
        sleep(10);
        audit = auditAfter(before);
      }
      assertEquals(1, audit.size(), audit.toString());
      assertEquals("killed", audit.get(0).get("status").asText(), audit.toString());
      assertEquals(0, SharedLooker.adminGet("/api/4.0/running_queries").size());
      // The statement and its connection work again.
      assertTrue(SharedLooker.rows(s.executeQuery(SQL)).size() > 5);
    }
  }

  @Test void cancelWhileRowsStreamStopsReadingThem() throws Exception {
    // A probe: a fault that does nothing, but counts the requests that would kill a query.
    SharedLooker.addFault("{\"kind\": \"latency\", \"latency_ms\": 0, "
        + "\"path\": \"^/api/4\\\\.0/running_queries\"}");
    String sql = MANY_ROWS;
    int all = Integer.parseInt(SharedLooker.plainRows("select count(*) from order_items")
        .get(0).replace("|", ""));
    try (Connection c = SharedLooker.connect(); PreparedStatement s = c.prepareStatement(sql)) {
      ResultSet rs = s.executeQuery();
      int read = 0;
      while (read < 100 && rs.next()) {
        read++;
      }
      CompletableFuture.runAsync(() -> cancel(s)).get();
      SQLException e = null;
      try {
        while (rs.next()) {
          read++;
        }
      } catch (SQLException thrown) {
        e = thrown;
      }
      assertNotNull(e, "all " + read + " rows were read after the cancel");
      assertEquals("57014", e.getSQLState(), SharedLooker.messages(e));
      assertTrue(read < all, read + " of " + all + " rows read");
      // Looker had sent its response, so closing the stream was enough: no kill was sent.
      assertEquals(0, SharedLooker.adminGet("/emulator/faults").get(0).get("applied").asInt());
      assertEquals(100, SharedLooker.rows(c, "select `products.id` from ecommerce.products "
          + "order by `products.id` limit 100").size(), "the connection works again");
      try (ResultSet again = s.executeQuery()) {
        assertTrue(again.next(), "the statement works again");
      }
    }
  }

  @Test void cancellingTwoSlowStreamsAtOnceStopsBoth() throws Exception {
    // The next two result streams stall this long after their first bytes.
    long pauseMs = 5_000;
    SharedLooker.addFault("{\"kind\": \"stall_body\", \"after_bytes\": 32000, "
        + "\"latency_ms\": " + pauseMs + ", \"count\": 2, \"path\": \"/api/4.0/queries/run/*\"}");
    try (Connection c1 = SharedLooker.connect(); Connection c2 = SharedLooker.connect();
        PreparedStatement s1 = c1.prepareStatement(MANY_ROWS);
        PreparedStatement s2 = c2.prepareStatement(MANY_ROWS)) {
      ResultSet r1 = s1.executeQuery();
      ResultSet r2 = s2.executeQuery();
      assertTrue(r1.next() && r2.next(), "the first rows came before the stall");
      CompletableFuture<SQLException> read1 = CompletableFuture.supplyAsync(() -> readAll(r1));
      CompletableFuture<SQLException> read2 = CompletableFuture.supplyAsync(() -> readAll(r2));
      long start = System.nanoTime();
      s1.cancel();
      s2.cancel();
      SQLException e1 = read1.get();
      SQLException e2 = read2.get();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertNotNull(e1, "the first statement read all its rows");
      assertNotNull(e2, "the second statement read all its rows");
      assertEquals("57014", e1.getSQLState(), SharedLooker.messages(e1));
      assertEquals("57014", e2.getSQLState(), SharedLooker.messages(e2));
      assertTrue(millis < pauseMs, "the cancels waited for the stalled streams: " + millis + " ms");
      for (Connection c : List.of(c1, c2)) {
        assertEquals(100, SharedLooker.rows(c, "select `products.id` from ecommerce.products "
            + "order by `products.id` limit 100").size(), "the connection works again");
      }
    }
    // Looker lists a run as running until it has sent its rows: after the stall, the emulator
    // finds the streams closed. Later tests look for running queries of their own.
    while (hasRunningQuery()) {
      sleep(10);
    }
  }

  /** Reads the rest of a result set; returns the exception that ended it, or null if none did. */
  private static SQLException readAll(ResultSet rs) {
    try {
      while (rs.next()) {
        rs.getObject(1);
      }
      return null;
    } catch (SQLException e) {
      return e;
    }
  }

  /**
   * Executes {@link #SQL} on a statement that another thread cancels once {@code ready} returns;
   * checks that it fails as cancelled and returns how many milliseconds it ran.
   */
  private static long executeCancelled(Statement s, Runnable ready) throws Exception {
    CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> {
      ready.run();
      cancel(s);
    });
    long start = System.nanoTime();
    SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(
        s.executeQuery(SQL)));
    long millis = (System.nanoTime() - start) / 1_000_000;
    cancel.get();
    assertEquals("57014", e.getSQLState(), SharedLooker.messages(e));
    return millis;
  }

  private static void cancel(Statement s) {
    try {
      s.cancel();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until the emulator lists a query as running (or the delayed query would be over). */
  private static void awaitRunningInLooker() {
    for (long waited = 0; !hasRunningQuery() && waited < INLINE_DELAY_MS; waited += 10) {
      sleep(10);
    }
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean hasRunningQuery() {
    for (JsonNode q : SharedLooker.adminGet("/api/4.0/running_queries")) {
      if ("running".equals(q.get("status").asText())) {
        return true;
      }
    }
    return false;
  }

  private static long lastAuditId() {
    long last = 0;
    for (JsonNode e : SharedLooker.adminGet("/emulator/history")) {
      last = Math.max(last, e.get("id").asLong());
    }
    return last;
  }

  private static List<JsonNode> auditAfter(long id) {
    List<JsonNode> entries = new ArrayList<>();
    for (JsonNode e : SharedLooker.adminGet("/emulator/history")) {
      if (e.get("id").asLong() > id) {
        entries.add(e);
      }
    }
    return entries;
  }
}

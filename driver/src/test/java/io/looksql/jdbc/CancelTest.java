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
    String sql = "select `order_items.id`, `order_items.status`, `order_items.sale_price` "
        + "from ecommerce.order_items limit 1000000";
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
      assertEquals(100, SharedLooker.rows(c, "select `products.id` from ecommerce.products "
          + "order by `products.id` limit 100").size(), "the connection works again");
      try (ResultSet again = s.executeQuery()) {
        assertTrue(again.next(), "the statement works again");
      }
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

package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A query timeout and {@code Statement.cancel()} stop the Looker query itself (the emulator's
 * {@code db_delay} fault makes its database statement take 5 s more), each with its SQLState.
 */
class CancelTest {
  private static final String SQL = "select `products.category`, aggregate(`products.count`) "
      + "from ecommerce.products group by `products.category`";

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
      CompletableFuture<Void> cancel = CompletableFuture.runAsync(() -> {
        try {
          TimeUnit.MILLISECONDS.sleep(500);
          s.cancel();
        } catch (SQLException | InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      long start = System.nanoTime();
      SQLException e = assertThrows(SQLException.class, () -> SharedLooker.rows(
          s.executeQuery(SQL)));
      long millis = (System.nanoTime() - start) / 1_000_000;
      cancel.get();
      assertEquals("57014", e.getSQLState(), SharedLooker.messages(e));
      assertTrue(millis < 4000, millis + " ms");
    }
  }
}

package io.looksql.emulator.server;

import io.looksql.emulator.sql.Dialect;
import io.looksql.emulator.sql.SqlFragment;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@code db_delay} fault: a query's SQL wrapped so that the database itself spends the delay
 * inside the statement, and {@link java.sql.Statement#cancel()} is what ends it early.
 *
 * <p>The wrapper is {@code SELECT * FROM (query) OFFSET (delay) ROWS}, where {@code delay} is a
 * scalar sub-query that waits and yields 0. The offset is evaluated once, before the first row,
 * whether or not the query has rows, and leaves the rows and their order as they were. On H2 the
 * wait is {@link #sleepMs} called once per row of {@code SYSTEM_RANGE(1, ms)}, so H2 checks for
 * cancellation between milliseconds; on PostgreSQL it is {@code pg_sleep}, which a cancel
 * interrupts.
 *
 * <p>Public only because H2 calls {@link #sleepMs} by reflection.
 */
public final class DbDelay {
  /** The H2 function alias of {@link #sleepMs}. */
  static final String H2_FUNCTION = "LOOKSQL_SLEEP_MS";

  private DbDelay() {
  }

  /**
   * Sleeps; the H2 function {@code LOOKSQL_SLEEP_MS(ms)}.
   *
   * @return always true, so it can stand in a {@code WHERE} clause
   */
  public static boolean sleepMs(int ms) throws InterruptedException {
    Thread.sleep(ms);
    return true;
  }

  /** Returns whether the dialect can run a delayed query. */
  static boolean supports(Dialect dialect) {
    return "h2".equals(dialect.name()) || "postgres".equals(dialect.name());
  }

  /**
   * Prepares the database for delayed queries: on H2 it creates the function alias (once; it
   * stays in the database), elsewhere nothing.
   */
  static void install(DataSource dataSource, Dialect dialect) throws SQLException {
    if (!"h2".equals(dialect.name())) {
      return;
    }
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE ALIAS IF NOT EXISTS " + H2_FUNCTION + " FOR '"
          + DbDelay.class.getName() + ".sleepMs'");
    }
  }

  /** Returns the statement wrapped so that it takes at least {@code ms} more milliseconds. */
  static SqlFragment wrap(SqlFragment statement, Dialect dialect, long ms) {
    String delay = "h2".equals(dialect.name())
        ? "SELECT COUNT(*) * 0 FROM SYSTEM_RANGE(1, ?) WHERE " + H2_FUNCTION + "(1)"
        : "SELECT 0 FROM pg_sleep(CAST(? AS DOUBLE PRECISION) / 1000)";
    List<Object> params = new ArrayList<>(statement.params());
    params.add(ms);
    return new SqlFragment("SELECT * FROM (" + statement.sql() + ") looksql_delayed OFFSET ("
        + delay + ") ROWS", params);
  }
}

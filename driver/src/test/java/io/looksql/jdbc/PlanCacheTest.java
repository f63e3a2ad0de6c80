package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.looksql.catalog.ExploreCache;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.calcite.runtime.Hook;
import org.junit.jupiter.api.Test;

/**
 * A connection's plan cache: the same SQL text prepared again is not planned again, gives the
 * same answer as plain SQL, keeps its own warnings, stays when an explore it reads is fetched from
 * Looker again unchanged, and is planned anew once that explore's definition is another.
 */
class PlanCacheTest {
  private static final String SQL = "SELECT `users.state`, AGGREGATE(`users.count`) AS n "
      + "FROM ecommerce.order_items WHERE `users.state` IN ('California', 'Texas') "
      + "GROUP BY `users.state` ORDER BY `users.state`";
  private static final String PLAIN = "SELECT u.state, COUNT(DISTINCT u.id) FROM order_items oi "
      + "LEFT JOIN users u ON oi.user_id = u.id WHERE u.state IN ('California', 'Texas') "
      + "GROUP BY u.state ORDER BY u.state";

  @Test void samePlanIsReusedAndAnswersLikePlainSql() throws SQLException {
    List<String> expected = SharedLooker.plainRows(PLAIN);
    try (Connection c = SharedLooker.connect()) {
      assertEquals(1, plannings(c, SQL));
      assertEquals(0, plannings(c, SQL));
      assertEquals(expected, SharedLooker.rows(c, SQL));
      try (Connection other = SharedLooker.connect()) {
        // Plans belong to a connection: another one plans for itself.
        assertEquals(1, plannings(other, SQL));
      }
    }
  }

  @Test void sizeZeroKeepsNoPlan() throws SQLException {
    try (Connection c = java.sql.DriverManager.getConnection(
        SharedLooker.url(";planCacheSize=0"))) {
      assertEquals(1, plannings(c, SQL));
      assertEquals(1, plannings(c, SQL));
    }
  }

  @Test void statementsCalcitePreparesWithoutPlanningRun() throws SQLException {
    // Calcite answers a few texts such as VALUES 1 without a plan, with an immutable signature.
    for (String extra : List.of("", ";planCacheSize=0")) {
      try (Connection c = java.sql.DriverManager.getConnection(SharedLooker.url(extra))) {
        assertEquals(List.of("1|"), SharedLooker.rows(c, "VALUES 1"));
        assertEquals(List.of("1|"), SharedLooker.rows(c, "VALUES 1"));
      }
    }
  }

  @Test void statementsSharingAPlanKeepTheirOwnWarnings() throws SQLException {
    String sql = "SELECT `users.state` FROM ecommerce.order_items";
    try (Connection c = java.sql.DriverManager.getConnection(
        SharedLooker.url(";rowLimit=3;onTruncation=warn"));
         PreparedStatement first = c.prepareStatement(sql);
         PreparedStatement second = c.prepareStatement(sql)) {
      readAll(first);
      SQLWarning warning = first.getWarnings();
      assertEquals("01000", warning.getSQLState());
      assertNull(second.getWarnings());
      readAll(second);
      assertEquals(warning.getMessage(), second.getWarnings().getMessage());
      assertNull(second.getWarnings().getNextWarning());
      assertNull(first.getWarnings().getNextWarning());
    }
  }

  /**
   * An explore fetched again unchanged keeps its instance (ExploreCacheTest), so the plan stays;
   * a changed one is another instance, which this simulates by dropping the cached definitions.
   */
  @Test void anExploreFetchedAgainChangedMakesThePlanStale() throws SQLException {
    // Expired as soon as fetched: every read of an explore fetches it from Looker again.
    ExploreCache explores = new ExploreCache(Duration.ZERO, Clock.systemUTC());
    Driver driver = new Driver(new ClientCatalogConnector(explores));
    List<String> expected = SharedLooker.plainRows(PLAIN);
    try (Connection c = driver.connect(SharedLooker.url(""), new Properties())) {
      assertEquals(1, plannings(c, SQL));
      assertEquals(0, plannings(c, SQL));
      String url = SharedLooker.url("");
      explores.invalidate(ClientCatalogConnector.identity(ConnectionSettings.parse(
          url.substring(Driver.PREFIX.length()), new Properties(), Map.of())));
      assertEquals(1, plannings(c, SQL));
      assertEquals(0, plannings(c, SQL));
      assertEquals(expected, SharedLooker.rows(c, SQL));
    }
  }

  /** Prepares and runs a statement; returns how many times Calcite converted SQL to a plan. */
  private static int plannings(Connection c, String sql) throws SQLException {
    AtomicInteger converted = new AtomicInteger();
    Consumer<Object> count = rel -> converted.incrementAndGet();
    try (Hook.Closeable h = Hook.CONVERTED.addThread(count);
         PreparedStatement ps = c.prepareStatement(sql)) {
      readAll(ps);
    }
    return converted.get();
  }

  private static void readAll(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        rs.getObject(1);
      }
    }
  }
}

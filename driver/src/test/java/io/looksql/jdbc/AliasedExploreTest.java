package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential cases of {@link AliasedExploreCases} over model {@code retail}
 * ({@link RetailProject}): each answer compared with plain SQL on the emulator's database, each
 * refusal with its message.
 */
class AliasedExploreTest {
  private static LookerEmulator looker;
  private static Connection driver;
  private static Connection database;
  private static DiffRunner runner;

  @BeforeAll static void start() throws SQLException {
    looker = LookerEmulator.builder().lookml(RetailProject.files()).scale(0.05).port(0).start();
    driver = DriverManager.getConnection(Driver.PREFIX + "url=" + looker.baseUrl()
        + ";clientId=" + looker.adminClientId() + ";clientSecret=" + looker.adminClientSecret());
    database = looker.dataSource().getConnection();
    runner = new DiffRunner(driver, database);
  }

  @AfterAll static void stop() throws SQLException {
    System.out.print(runner.summary("AliasedExploreTest", AliasedExploreCases.all(), java.util.Set.of()));
    driver.close();
    database.close();
    looker.close();
  }

  static List<DiffCase> cases() {
    return AliasedExploreCases.all();
  }

  @ParameterizedTest(name = "{0}") @MethodSource("cases")
  void differential(DiffCase c) throws SQLException {
    runner.check(c);
  }

  /** A default filter the statement gets is a warning, and EXPLAIN shows it; a WHERE on it not. */
  @Test void defaultFiltersWarnAndExplain() throws SQLException {
    String sql = "select count(*) from retail.completed_sales";
    try (Statement s = driver.createStatement()) {
      s.executeQuery(sql).close();
      SQLWarning w = s.getWarnings();
      assertNotNull(w, "no warning for the always_filter");
      assertTrue(w.getMessage().startsWith("Explore retail.completed_sales applies its "
          + "always_filter completed_sales.status: \"Complete\" because the statement doesn't "
          + "filter `completed_sales.status`"), w.getMessage());
      try (ResultSet rs = s.executeQuery("explain plan for " + sql)) {
        assertTrue(rs.next());
        assertTrue(rs.getString(1).contains(
            "defaultFilters=[completed_sales.status: \"Complete\" (always_filter)]"),
            rs.getString(1));
      }
      String filtered = sql + " where `completed_sales.status` = 'Shipped'";
      s.executeQuery(filtered).close();
      assertNull(s.getWarnings());
      try (ResultSet rs = s.executeQuery("explain plan for " + filtered)) {
        assertTrue(rs.next());
        assertFalse(rs.getString(1).contains("defaultFilters"), rs.getString(1));
      }
    }
  }

  /** The table itself: unique names, refusals with valid siblings, some of each kind. */
  @Test void tableIsWellFormed() {
    List<DiffCase> all = AliasedExploreCases.all();
    DiffRunner.assertWellFormed(all);
    assertTrue(all.stream().anyMatch(c -> c.kind() == DiffCase.Kind.REFUSE));
  }
}

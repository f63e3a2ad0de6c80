package io.looksql.jdbc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.looksql.emulator.LookerEmulator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

  /** The table itself: unique names, refusals with valid siblings, some of each kind. */
  @Test void tableIsWellFormed() {
    List<DiffCase> all = AliasedExploreCases.all();
    DiffRunner.assertWellFormed(all);
    assertTrue(all.stream().anyMatch(c -> c.kind() == DiffCase.Kind.REFUSE));
  }
}

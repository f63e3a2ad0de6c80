package io.looksql.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.SampleAnswerCases.Answer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sample answers on PostgreSQL: every case of {@link SampleAnswerCases} runs over HTTP on
 * sample data the emulator loads into PostgreSQL, against the case's hand SQL run there.
 */
class SampleAnswersPostgresTest {
  /** 500 users, about 2,000 orders and 5,000 order items: quick to load, enough for every case. */
  private static final double SCALE = 0.05;

  private static LookerEmulator looker;
  private static LookerApiClient api;

  @BeforeAll
  static void start() {
    looker = LookerEmulator.builder().jdbcUrl(PostgresUrl.get()).loadSample(true).scale(SCALE)
        .clock(Clock.fixed(SampleAnswerCases.NOW, ZoneOffset.UTC)).port(0).start();
    api = LookerApiClient.login(looker);
  }

  @AfterAll
  static void stop() {
    if (looker != null) {
      looker.close();
    }
  }

  static Stream<Answer> answers() {
    return SampleAnswerCases.all().stream().map(a -> a.on("postgres"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answers")
  void answersAsHandWrittenSql(Answer answer) throws SQLException {
    SampleAnswersTest.assertAnswer(looker, api, answer);
  }

  /** Guards against a URL that silently ran the cases on something else. */
  @Test
  void runsOnPostgres() throws SQLException {
    assertEquals("PostgreSQL", ResultRows.query(looker.dataSource(), "SELECT 'PostgreSQL'").get(0).get(0));
    assertEquals(1, ResultRows.query(looker.dataSource(), "SELECT 1 FROM pg_catalog.pg_class LIMIT 1").size());
  }
}

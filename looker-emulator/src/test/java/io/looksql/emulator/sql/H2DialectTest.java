package io.looksql.emulator.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.lookml.Timeframe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the H2 dialect's SQL on a real H2 database against java.time's answers. */
class H2DialectTest {
  private static final List<LocalDateTime> TIMES = List.of(
      LocalDateTime.of(2024, 1, 1, 0, 30, 15),
      LocalDateTime.of(2024, 3, 10, 9, 59, 59),
      LocalDateTime.of(2024, 7, 3, 23, 1, 2),
      LocalDateTime.of(2024, 11, 3, 8, 30, 0),
      LocalDateTime.of(2023, 12, 31, 23, 59, 59));
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

  private static Connection connection;
  private final Dialect dialect = new H2Dialect();

  @BeforeAll static void open() throws SQLException {
    connection = DriverManager.getConnection("jdbc:h2:mem:dialect");
    try (Statement s = connection.createStatement()) {
      s.execute(new H2Dialect().connectionInitSql());
      s.execute("CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP, name VARCHAR)");
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
      for (int i = 0; i < TIMES.size(); i++) {
        p.setInt(1, i);
        p.setObject(2, TIMES.get(i));
        p.setString(3, i % 2 == 0 ? "b" : "a");
        p.executeUpdate();
      }
    }
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  private <T> T value(String sql, int id, Class<T> type) throws SQLException {
    try (PreparedStatement p = connection.prepareStatement("SELECT " + sql + " FROM t WHERE id = ?")) {
      p.setInt(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getObject(1, type);
      }
    }
  }

  @Test void convertsUtcWallClockToZone() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      for (ZoneId zone : List.of(LOS_ANGELES, KOLKATA)) {
        LocalDateTime expected = TIMES.get(i).atOffset(ZoneOffset.UTC)
            .atZoneSameInstant(zone).toLocalDateTime();
        assertEquals(expected, value(dialect.convertTimeZone("ts", zone), i, LocalDateTime.class),
            "row " + i + " in " + zone);
      }
    }
  }

  @Test void truncatesToPeriods() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      LocalDate day = TIMES.get(i).toLocalDate();
      assertEquals(day, value(dialect.timeframe("ts", Timeframe.DATE), i, LocalDate.class));
      assertEquals(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          value(dialect.timeframe("ts", Timeframe.WEEK), i, LocalDate.class));
      assertEquals(day.withDayOfMonth(1), value(dialect.timeframe("ts", Timeframe.MONTH), i, LocalDate.class));
      assertEquals(day.with(IsoFields.DAY_OF_QUARTER, 1),
          value(dialect.timeframe("ts", Timeframe.QUARTER), i, LocalDate.class));
      assertEquals(TIMES.get(i).withNano(0), value(dialect.timeframe("ts", Timeframe.TIME), i, LocalDateTime.class));
    }
  }

  @Test void extractsParts() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      LocalDateTime t = TIMES.get(i);
      assertEquals(t.getYear(), value(dialect.timeframe("ts", Timeframe.YEAR), i, Integer.class));
      assertEquals(t.getMonthValue(), value(dialect.timeframe("ts", Timeframe.MONTH_NUM), i, Integer.class));
      assertEquals(t.getHour(), value(dialect.timeframe("ts", Timeframe.HOUR_OF_DAY), i, Integer.class));
      assertEquals(t.getDayOfWeek().getValue() - 1,
          value(dialect.timeframe("ts", Timeframe.DAY_OF_WEEK_INDEX), i, Integer.class));
      assertEquals(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
          value(dialect.timeframe("ts", Timeframe.DAY_OF_WEEK), i, String.class));
    }
  }

  @Test void listsDistinctValuesInOrder() throws SQLException {
    try (Statement s = connection.createStatement();
         ResultSet rs = s.executeQuery("SELECT " + dialect.listAggregate("name") + " FROM t")) {
      rs.next();
      assertEquals("a, b", rs.getString(1));
    }
  }
}

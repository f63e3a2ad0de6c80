package io.looksql.emulator.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.lookml.Timeframe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The checks every dialect's SQL must pass on its own database, against java.time's answers;
 * a subclass per dialect supplies the connection, holding table {@code t} from {@link #fill}.
 */
abstract class DialectChecks {
  static final List<LocalDateTime> TIMES = List.of(
      LocalDateTime.of(2024, 1, 1, 0, 30, 15),
      LocalDateTime.of(2024, 3, 10, 9, 59, 59),
      LocalDateTime.of(2024, 7, 3, 23, 1, 2),
      LocalDateTime.of(2024, 11, 3, 8, 30, 0),
      LocalDateTime.of(2023, 12, 31, 23, 59, 59));
  /** Zones with DST, a half-hour offset, and fixed offsets (which PostgreSQL reads as POSIX zones). */
  static final List<ZoneId> ZONES = List.of(ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Kolkata"),
      ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("UTC-03:00"));
  /** The JDBC type the {@link Dialect#timeframe} Javadoc promises for each timeframe. */
  private static final Map<Timeframe, Integer> TYPES = Map.ofEntries(
      Map.entry(Timeframe.TIME, Types.TIMESTAMP), Map.entry(Timeframe.HOUR, Types.TIMESTAMP),
      Map.entry(Timeframe.MINUTE, Types.TIMESTAMP), Map.entry(Timeframe.DATE, Types.DATE),
      Map.entry(Timeframe.WEEK, Types.DATE), Map.entry(Timeframe.MONTH, Types.DATE),
      Map.entry(Timeframe.QUARTER, Types.DATE), Map.entry(Timeframe.YEAR, Types.INTEGER),
      Map.entry(Timeframe.MONTH_NUM, Types.INTEGER), Map.entry(Timeframe.DAY_OF_MONTH, Types.INTEGER),
      Map.entry(Timeframe.HOUR_OF_DAY, Types.INTEGER), Map.entry(Timeframe.DAY_OF_WEEK_INDEX, Types.INTEGER),
      Map.entry(Timeframe.DAY_OF_WEEK, Types.VARCHAR));

  /** Returns the open connection holding table {@code t}. */
  abstract Connection connection();

  /** Returns the dialect under test. */
  abstract Dialect dialect();

  /**
   * Runs the dialect's connection init SQL, creates table {@code t (id, ts, name)} with the given
   * statement and inserts {@link #TIMES}.
   */
  static void fill(Connection connection, Dialect dialect, String createTable) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(dialect.connectionInitSql());
      s.execute(createTable);
    }
    try (PreparedStatement p = connection.prepareStatement("INSERT INTO t (id, ts, name) VALUES (?, ?, ?)")) {
      for (int i = 0; i < TIMES.size(); i++) {
        p.setInt(1, i);
        p.setObject(2, TIMES.get(i));
        p.setString(3, i % 2 == 0 ? "b" : "a");
        p.executeUpdate();
      }
    }
  }

  <T> T value(String sql, int id, Class<T> type) throws SQLException {
    try (PreparedStatement p = connection().prepareStatement("SELECT " + sql + " FROM t WHERE id = ?")) {
      p.setInt(1, id);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getObject(1, type);
      }
    }
  }

  static LocalDateTime inZone(LocalDateTime utc, ZoneId zone) {
    return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime();
  }

  @Test void convertsUtcWallClockToZone() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      for (ZoneId zone : ZONES) {
        assertEquals(inZone(TIMES.get(i), zone),
            value(dialect().convertTimeZone("ts", zone), i, LocalDateTime.class), "row " + i + " in " + zone);
      }
    }
  }

  @Test void truncatesToPeriods() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      LocalDate day = TIMES.get(i).toLocalDate();
      assertEquals(day, value(dialect().timeframe("ts", Timeframe.DATE), i, LocalDate.class));
      assertEquals(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          value(dialect().timeframe("ts", Timeframe.WEEK), i, LocalDate.class));
      assertEquals(day.withDayOfMonth(1), value(dialect().timeframe("ts", Timeframe.MONTH), i, LocalDate.class));
      assertEquals(day.with(IsoFields.DAY_OF_QUARTER, 1),
          value(dialect().timeframe("ts", Timeframe.QUARTER), i, LocalDate.class));
      assertEquals(TIMES.get(i).withNano(0), value(dialect().timeframe("ts", Timeframe.TIME), i, LocalDateTime.class));
      assertEquals(TIMES.get(i).withSecond(0),
          value(dialect().timeframe("ts", Timeframe.MINUTE), i, LocalDateTime.class));
      assertEquals(TIMES.get(i).withMinute(0).withSecond(0),
          value(dialect().timeframe("ts", Timeframe.HOUR), i, LocalDateTime.class));
    }
  }

  @Test void extractsParts() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      LocalDateTime t = TIMES.get(i);
      assertEquals(t.getYear(), value(dialect().timeframe("ts", Timeframe.YEAR), i, Integer.class));
      assertEquals(t.getMonthValue(), value(dialect().timeframe("ts", Timeframe.MONTH_NUM), i, Integer.class));
      assertEquals(t.getDayOfMonth(), value(dialect().timeframe("ts", Timeframe.DAY_OF_MONTH), i, Integer.class));
      assertEquals(t.getHour(), value(dialect().timeframe("ts", Timeframe.HOUR_OF_DAY), i, Integer.class));
      assertEquals(t.getDayOfWeek().getValue() - 1,
          value(dialect().timeframe("ts", Timeframe.DAY_OF_WEEK_INDEX), i, Integer.class));
      assertEquals(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH),
          value(dialect().timeframe("ts", Timeframe.DAY_OF_WEEK), i, String.class));
    }
  }

  /** The result readers pick how to fetch a column by its JDBC type, so the types are part of the contract. */
  @Test void returnsTheDocumentedTypes() throws SQLException {
    for (Map.Entry<Timeframe, Integer> e : TYPES.entrySet()) {
      assertEquals(e.getValue(), columnType(dialect().timeframe("ts", e.getKey())), e.getKey().lookml());
    }
    assertEquals(Types.TIMESTAMP, columnType(dialect().convertTimeZone("ts", ZONES.get(0))), "converted time");
  }

  int columnType(String sql) throws SQLException {
    try (Statement s = connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT " + sql + " FROM t")) {
      return rs.getMetaData().getColumnType(1);
    }
  }

  @Test void listsDistinctValuesInOrder() throws SQLException {
    try (Statement s = connection().createStatement();
         ResultSet rs = s.executeQuery("SELECT " + dialect().listAggregate("name") + ", "
             + dialect().listAggregate("id") + " FROM t")) {
      rs.next();
      assertEquals("a, b", rs.getString(1));
      assertEquals("0, 1, 2, 3, 4", rs.getString(2));
    }
  }
}

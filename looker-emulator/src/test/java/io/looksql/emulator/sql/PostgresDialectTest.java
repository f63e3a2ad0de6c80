package io.looksql.emulator.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.looksql.emulator.PostgresUrl;
import io.looksql.emulator.lookml.Timeframe;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks the PostgreSQL dialect's SQL on a real PostgreSQL database against java.time's answers. */
class PostgresDialectTest extends DialectChecks {
  private static Connection connection;

  @BeforeAll static void open() throws SQLException {
    connection = DriverManager.getConnection(PostgresUrl.get());
    // A temporary table: the database may hold other tests' tables, and this one leaves no trace.
    fill(connection, new PostgresDialect(),
        "CREATE TEMPORARY TABLE t (id INTEGER PRIMARY KEY, ts TIMESTAMP, name VARCHAR(8),"
            + " tstz TIMESTAMP WITH TIME ZONE)");
    try (Statement s = connection.createStatement()) {
      // The same instants as ts; the session runs in UTC, so the cast reads ts as UTC.
      s.execute("UPDATE t SET tstz = CAST(ts AS TIMESTAMP WITH TIME ZONE)");
    }
  }

  @AfterAll static void close() throws SQLException {
    connection.close();
  }

  @Override Connection connection() {
    return connection;
  }

  @Override Dialect dialect() {
    return new PostgresDialect();
  }

  /** PostgreSQL tables often hold timestamptz: converting one must give the same wall-clock time. */
  @Test void convertsTimestampWithTimeZoneColumns() throws SQLException {
    for (int i = 0; i < TIMES.size(); i++) {
      for (ZoneId zone : ZONES) {
        assertEquals(inZone(TIMES.get(i), zone),
            value(dialect().convertTimeZone("tstz", zone), i, LocalDateTime.class), "row " + i + " in " + zone);
      }
      assertEquals(TIMES.get(i).toLocalDate(), value(dialect().timeframe("tstz", Timeframe.DATE), i, LocalDate.class));
      assertEquals(TIMES.get(i).getHour(), value(dialect().timeframe("tstz", Timeframe.HOUR_OF_DAY), i, Integer.class));
    }
  }
}

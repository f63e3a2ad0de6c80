package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.Timeframe;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The PostgreSQL dialect. */
public final class PostgresDialect implements Dialect {
  @Override public String name() {
    return "postgres";
  }

  @Override public String connectionInitSql() {
    return "SET TIME ZONE 'UTC'";
  }

  @Override public String convertTimeZone(String timestampSql, ZoneId zone) {
    // The cast makes a timestamptz value UTC wall-clock time too (sessions run in UTC); without
    // it, AT TIME ZONE 'UTC' would turn a timestamptz into a TIMESTAMP and convert the wrong way.
    String utc = "CAST(" + timestampSql + " AS TIMESTAMP)";
    if (zone.normalized() instanceof ZoneOffset offset) {
      // PostgreSQL reads a text offset such as '+05:30' as a POSIX zone, west of Greenwich.
      return "(" + utc + " + INTERVAL '" + offset.getTotalSeconds() + " seconds')";
    }
    return "(" + utc + " AT TIME ZONE 'UTC') AT TIME ZONE '" + zone.getId() + "'";
  }

  @Override public String timeframe(String timestampSql, Timeframe timeframe) {
    return TimeframeSql.of(timestampSql, timeframe, this,
        (unit, ts) -> "DATE_TRUNC('" + unit + "', " + ts + ")",
        (part, ts) -> "CAST(EXTRACT(" + part + " FROM " + ts + ") AS INTEGER)");
  }

  @Override public String listAggregate(String sql) {
    String value = "CAST(" + sql + " AS VARCHAR)";
    return "STRING_AGG(DISTINCT " + value + ", ', ' ORDER BY " + value + ")";
  }
}

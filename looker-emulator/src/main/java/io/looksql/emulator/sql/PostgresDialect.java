package io.looksql.emulator.sql;

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

  @Override public String truncate(String unit, String timestampSql) {
    return "DATE_TRUNC('" + plural(unit) + "', " + timestampSql + ")";
  }

  @Override public String extract(String part, String timestampSql) {
    if (part.equals("MILLISECOND")) {
      // PostgreSQL's MILLISECONDS include the seconds.
      return "MOD(CAST(FLOOR(EXTRACT(MILLISECONDS FROM " + timestampSql + ")) AS INTEGER), 1000)";
    }
    return "CAST(EXTRACT(" + part + " FROM " + timestampSql + ") AS INTEGER)";
  }

  @Override public String add(String unit, String amountSql, String timestampSql) {
    return "(" + timestampSql + " + (" + amountSql + ") * INTERVAL '1 " + plural(unit) + "')";
  }

  @Override public String secondsBetween(String startSql, String endSql) {
    return "FLOOR(EXTRACT(EPOCH FROM (" + endSql + ") - (" + startSql + ")))";
  }

  @Override public String listAggregate(String sql) {
    String value = "CAST(" + sql + " AS VARCHAR)";
    return "STRING_AGG(DISTINCT " + value + ", ', ' ORDER BY " + value + ")";
  }

  @Override public String percentile(String sql, double fraction) {
    return "PERCENTILE_CONT(" + fraction + ") WITHIN GROUP (ORDER BY " + sql + ")";
  }

  private static String plural(String unit) {
    return unit.equals("millisecond") || unit.equals("microsecond") ? unit + "s" : unit;
  }
}

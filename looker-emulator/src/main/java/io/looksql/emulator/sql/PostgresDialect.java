package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.Timeframe;
import java.time.ZoneId;

/** The PostgreSQL dialect. */
public final class PostgresDialect implements Dialect {
  @Override public String name() {
    return "postgres";
  }

  @Override public String connectionInitSql() {
    return "SET TIME ZONE 'UTC'";
  }

  @Override public String convertTimeZone(String timestampSql, ZoneId zone) {
    return "((" + timestampSql + ") AT TIME ZONE 'UTC') AT TIME ZONE '" + zone.getId() + "'";
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

package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.Timeframe;
import java.time.ZoneId;
import java.util.Locale;

/** The H2 dialect (H2 2.x), the emulator's embedded default. */
public final class H2Dialect implements Dialect {
  @Override public String name() {
    return "h2";
  }

  @Override public String connectionInitSql() {
    return "SET TIME ZONE 'UTC'";
  }

  @Override public String convertTimeZone(String timestampSql, ZoneId zone) {
    // H2 casts a zoned value back to the session zone, so add the zone's offset at that instant
    // instead; the session zone is UTC (connectionInitSql), which makes the inner cast read UTC.
    String zoned = "(CAST(" + timestampSql + " AS TIMESTAMP WITH TIME ZONE) AT TIME ZONE '"
        + zone.getId() + "')";
    return "DATEADD(SECOND, EXTRACT(TIMEZONE_HOUR FROM " + zoned + ") * 3600 + EXTRACT(TIMEZONE_MINUTE FROM "
        + zoned + ") * 60, " + timestampSql + ")";
  }

  @Override public String timeframe(String timestampSql, Timeframe timeframe) {
    return TimeframeSql.of(timestampSql, timeframe, this,
        (unit, ts) -> "DATE_TRUNC('" + unit.toUpperCase(Locale.ROOT) + "', " + ts + ")",
        (part, ts) -> part.equals("ISODOW")
            ? "ISO_DAY_OF_WEEK(" + ts + ")"
            : "EXTRACT(" + part + " FROM " + ts + ")");
  }

  @Override public String listAggregate(String sql) {
    String value = "CAST(" + sql + " AS VARCHAR)";
    return "LISTAGG(DISTINCT " + value + ", ', ') WITHIN GROUP (ORDER BY " + value + ")";
  }
}

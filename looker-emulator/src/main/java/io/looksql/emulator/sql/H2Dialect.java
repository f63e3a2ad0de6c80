package io.looksql.emulator.sql;

import java.time.ZoneId;
import java.util.Locale;

/** The H2 dialect (H2 2.x), the emulator's embedded default. */
public final class H2Dialect implements Dialect {
  @Override public String name() {
    return "h2";
  }

  @Override public boolean supportsFullOuterJoin() {
    return false;
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

  @Override public String truncate(String unit, String timestampSql) {
    return "DATE_TRUNC('" + unit.toUpperCase(Locale.ROOT) + "', " + timestampSql + ")";
  }

  @Override public String extract(String part, String timestampSql) {
    switch (part) {
    case "ISODOW":
      return "ISO_DAY_OF_WEEK(" + timestampSql + ")";
    case "DOY":
      return "DAY_OF_YEAR(" + timestampSql + ")";
    default:
      return "EXTRACT(" + part + " FROM " + timestampSql + ")";
    }
  }

  @Override public String add(String unit, String amountSql, String timestampSql) {
    return "DATEADD(" + unit.toUpperCase(Locale.ROOT) + ", " + amountSql + ", " + timestampSql + ")";
  }

  @Override public String secondsBetween(String startSql, String endSql) {
    // DATEDIFF counts second boundaries crossed; the difference of epochs counts whole seconds.
    return "FLOOR(EXTRACT(EPOCH FROM " + endSql + ") - EXTRACT(EPOCH FROM " + startSql + "))";
  }

  @Override public String listAggregate(String sql) {
    String value = "CAST(" + sql + " AS VARCHAR)";
    return "LISTAGG(DISTINCT " + value + ", ', ') WITHIN GROUP (ORDER BY " + value + ")";
  }

  @Override public String percentile(String sql, double fraction) {
    return "PERCENTILE_CONT(" + fraction + ") WITHIN GROUP (ORDER BY " + sql + ")";
  }
}

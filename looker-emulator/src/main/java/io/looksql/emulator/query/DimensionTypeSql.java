package io.looksql.emulator.query;

import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.FieldDetails;
import io.looksql.emulator.sql.Dialect;
import java.util.List;
import java.util.Map;

/**
 * SQL of the dimension types that compute their value from other SQL: {@code case:},
 * {@code location}, {@code distance} and the intervals of duration dimension groups; and the
 * sort key of dimensions whose labels do not sort as text.
 */
final class DimensionTypeSql {
  /** Earth's mean radius in each distance unit, as the haversine formula takes it. */
  private static final Map<String, Double> EARTH_RADIUS = Map.of("kilometers", 6371.0,
      "meters", 6_371_000.0, "miles", 6371.0 / 1.609344, "feet", 6_371_000.0 / 0.3048,
      "yards", 6_371_000.0 / 0.9144, "nautical_miles", 6371.0 / 1.852);

  private DimensionTypeSql() {
  }

  /** Returns a {@code case:} dimension's value, given the SQL of each {@code when}'s condition. */
  static String caseValue(FieldDetails details, List<String> conditions) {
    StringBuilder sql = new StringBuilder("CASE");
    for (int i = 0; i < conditions.size(); i++) {
      sql.append(" WHEN ").append(conditions.get(i)).append(" THEN ")
          .append(literal(details.cases().get(i).label()));
    }
    if (details.caseElse() != null) {
      sql.append(" ELSE ").append(literal(details.caseElse()));
    }
    return sql.append(" END").toString();
  }

  /**
   * Returns the SQL to sort a column holding the field's values by, when that is not the value
   * itself: a tier's or bin's index, a {@code case:}'s declaration order; else null.
   */
  static String sortKey(Field field, String column) {
    if (field.isMeasure()) {
      return null;
    }
    if (field.type().equals("tier") || field.type().equals("bin")) {
      return Tiers.sortKey(column, field.tiers(), field.tierStyle());
    }
    List<FieldDetails.CaseWhen> cases = field.details().cases();
    if (cases.isEmpty()) {
      return null;
    }
    StringBuilder sql = new StringBuilder("CASE ").append(column);
    for (int i = 0; i < cases.size(); i++) {
      sql.append(" WHEN ").append(literal(cases.get(i).label())).append(" THEN ").append(i);
    }
    // The else label, and NULL where no when held and there is no else, come last.
    return sql.append(" ELSE ").append(cases.size()).append(" END").toString();
  }

  /** Returns a location's value, {@code latitude,longitude}, or NULL when either is. */
  static String location(String latitude, String longitude) {
    return "CASE WHEN (" + latitude + ") IS NOT NULL AND (" + longitude + ") IS NOT NULL THEN CAST("
        + latitude + " AS VARCHAR) || ',' || CAST(" + longitude + " AS VARCHAR) END";
  }

  /** Returns the great-circle (haversine) distance between two points, in the given units. */
  static String distance(String lat1, String lon1, String lat2, String lon2, String units) {
    String dLat = "(RADIANS(" + lat2 + ") - RADIANS(" + lat1 + "))";
    String dLon = "(RADIANS(" + lon2 + ") - RADIANS(" + lon1 + "))";
    String a = "POWER(SIN(" + dLat + " / 2), 2) + COS(RADIANS(" + lat1 + ")) * COS(RADIANS("
        + lat2 + ")) * POWER(SIN(" + dLon + " / 2), 2)";
    return "(2 * " + EARTH_RADIUS.get(units) + " * ASIN(SQRT(" + a + ")))";
  }

  /**
   * Returns the whole intervals elapsed from {@code start} to {@code end} (TIMESTAMPs), floored:
   * by elapsed seconds for second to week, by calendar months (a month is complete when the end
   * reaches the start's day and time of month) for month, quarter and year.
   */
  static String duration(String interval, String start, String end, Dialect d) {
    String seconds = d.secondsBetween(start, end);
    switch (interval) {
    case "second":
      return "CAST(FLOOR(" + seconds + ") AS BIGINT)";
    case "minute":
      return "CAST(FLOOR((" + seconds + ") / 60.0) AS BIGINT)";
    case "hour":
      return "CAST(FLOOR((" + seconds + ") / 3600.0) AS BIGINT)";
    case "day":
      return "CAST(FLOOR((" + seconds + ") / 86400.0) AS BIGINT)";
    case "week":
      return "CAST(FLOOR((" + seconds + ") / 604800.0) AS BIGINT)";
    default:
      String months = "((" + d.extract("YEAR", end) + " * 12 + " + d.extract("MONTH", end) + ") - ("
          + d.extract("YEAR", start) + " * 12 + " + d.extract("MONTH", start) + ") - CASE WHEN "
          + d.secondsBetween(d.truncate("month", end), end) + " < "
          + d.secondsBetween(d.truncate("month", start), start) + " THEN 1 ELSE 0 END)";
      int per = interval.equals("month") ? 1 : interval.equals("quarter") ? 3 : 12;
      return per == 1 ? "CAST(" + months + " AS BIGINT)"
          : "CAST(FLOOR(" + months + " / " + per + ".0) AS BIGINT)";
    }
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}

package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Timeframe;
import io.looksql.emulator.sql.Dialect;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the SQL of dimensions in one query: their values, their filterable forms, and the
 * aliases (joins) they need.
 */
final class DimensionSql {
  private static final int MAX_DEPTH = 32;

  private final ExploreScope scope;
  private final Dialect dialect;
  private final ZoneId timeZone;
  private final Set<String> aliasesUsed = new LinkedHashSet<>();
  private int depth;

  DimensionSql(ExploreScope scope, Dialect dialect, ZoneId timeZone) {
    this.scope = scope;
    this.dialect = dialect;
    this.timeZone = timeZone;
  }

  /** Returns every alias referenced so far, so the query joins exactly those views. */
  Set<String> aliasesUsed() {
    return aliasesUsed;
  }

  /** Returns the output value of a dimension. */
  String value(ScopedField f) {
    Field field = f.field();
    if (field.timeframe() != null) {
      return dialect.timeframe(timestamp(f), field.timeframe(), scope.model().calendar());
    }
    if (field.type().startsWith("duration_")) {
      return DimensionTypeSql.duration(field.type().substring("duration_".length()),
          point(f, field.details().sqlStart()), point(f, field.details().sqlEnd()), dialect);
    }
    switch (field.type()) {
    case "yesno":
      return "CASE WHEN " + condition(f) + " THEN 'Yes' ELSE 'No' END";
    case "tier": case "bin":
      return Tiers.caseSql(raw(f), field.tiers(), field.tierStyle() == null ? "classic" : field.tierStyle());
    case "date_time":
      return timestamp(f);
    case "location":
      return DimensionTypeSql.location(resolve(f, field.details().sqlLatitude()),
          resolve(f, field.details().sqlLongitude()));
    case "distance":
      ScopedField start = location(f, field.details().startLocation());
      ScopedField end = location(f, field.details().endLocation());
      return DimensionTypeSql.distance(resolve(start, start.field().details().sqlLatitude()),
          resolve(start, start.field().details().sqlLongitude()),
          resolve(end, end.field().details().sqlLatitude()),
          resolve(end, end.field().details().sqlLongitude()), field.details().units());
    default:
      if (!field.details().cases().isEmpty()) {
        List<String> conditions = new ArrayList<>();
        field.details().cases().forEach(c -> conditions.add("(" + resolve(f, c.sql()) + ")"));
        return DimensionTypeSql.caseValue(field.details(), conditions);
      }
      return raw(f);
    }
  }

  /** Returns a location dimension a distance dimension names, as {@code field} or {@code view.field}. */
  private ScopedField location(ScopedField distance, String name) {
    int dot = name.indexOf('.');
    ScopedField target = dot < 0 ? scope.findAny(distance.alias(), name)
        : scope.findAny(name.substring(0, dot), name.substring(dot + 1));
    if (target == null || !target.field().type().equals("location")) {
      throw QueryException.invalid("fields", "invalid", "Distance dimension "
          + distance.qualifiedName() + " needs a location dimension, not \"" + name + "\"");
    }
    return target;
  }

  /** Returns one end of a duration as a TIMESTAMP, read with the group's datatype. */
  private String point(ScopedField f, String sql) {
    return asTimestamp(resolve(f, sql), f.field().datatype());
  }

  /** Returns LookML SQL written in the field's view with its references resolved. */
  private String resolve(ScopedField f, String sql) {
    aliasesUsed.add(f.alias());
    return Substitution.apply(sql, f.alias(), scope, this::reference);
  }

  /** Returns the boolean condition of a yes/no dimension. */
  String condition(ScopedField f) {
    return "(" + raw(f) + ")";
  }

  /** Returns the grammar that filters on the field use. */
  FilterType filterType(ScopedField f) {
    Field field = f.field();
    Timeframe tf = field.timeframe();
    if (tf != null) {
      if (tf.isTemporal()) {
        return FilterType.DATE;
      }
      if (tf == Timeframe.YESNO) {
        return FilterType.YESNO;
      }
      return tf.isNumeric() ? FilterType.NUMBER : FilterType.STRING;
    }
    if (field.type().startsWith("duration_")) {
      return FilterType.NUMBER;
    }
    switch (field.type()) {
    case "number": case "distance":
      return FilterType.NUMBER;
    case "yesno":
      return FilterType.YESNO;
    case "date":
    case "date_time":
      return FilterType.DATE;
    default:
      return FilterType.STRING;
    }
  }

  /** Returns the SQL a filter on the field applies to (see {@link FilterType}). */
  String filterColumn(ScopedField f) {
    Field field = f.field();
    Timeframe tf = field.timeframe();
    if (tf == Timeframe.YESNO) {
      return "(" + timestamp(f) + " IS NOT NULL)";
    }
    // A fiscal quarter is matched by the day it starts on: a calendar period of the raw time
    // would cut across fiscal quarters.
    if (tf != null && tf.isTemporal() && tf != Timeframe.FISCAL_QUARTER) {
      return timestamp(f);
    }
    switch (field.type()) {
    case "yesno":
      return condition(f);
    case "date":
      return raw(f);
    default:
      return value(f);
    }
  }

  /** Returns how the dimension's values are read and written. */
  static ValueKind kind(Field field) {
    Timeframe tf = field.timeframe();
    if (tf != null) {
      if (tf.unit() == Timeframe.Unit.MILLISECOND) {
        return ValueKind.TIMESTAMP_MILLIS;
      }
      if (tf.unit() != null) {
        return ValueKind.TIMESTAMP;
      }
      switch (tf) {
      case RAW: case TIME: case HOUR: case MINUTE: case SECOND:
        return ValueKind.TIMESTAMP;
      case MILLISECOND:
        return ValueKind.TIMESTAMP_MILLIS;
      case MICROSECOND:
        return ValueKind.TIMESTAMP_MICROS;
      case DATE: case WEEK:
        return ValueKind.DATE;
      case MONTH: case QUARTER: case FISCAL_QUARTER:
        return ValueKind.MONTH;
      case YEAR:
        return ValueKind.INTEGER;
      default:
        return tf.isNumeric() ? ValueKind.INTEGER : ValueKind.STRING;
      }
    }
    if (field.type().startsWith("duration_")) {
      return ValueKind.INTEGER;
    }
    switch (field.type()) {
    case "number": case "distance":
      return ValueKind.NUMBER;
    case "date":
      return ValueKind.DATE;
    case "date_time":
      return ValueKind.TIMESTAMP;
    default:
      return ValueKind.STRING;
    }
  }

  /** Returns the field's point in time, in the query time zone, as a TIMESTAMP. */
  private String timestamp(ScopedField f) {
    Field field = f.field();
    String sql = asTimestamp(raw(f), field.datatype());
    boolean timeOfDay = !"date".equals(field.datatype()) && !"yyyymmdd".equals(field.datatype());
    if (timeOfDay && field.convertTz() && !timeZone.normalized().equals(ZoneOffset.UTC)) {
      return dialect.convertTimeZone(sql, timeZone);
    }
    return sql;
  }

  /** Returns SQL of a point in time stored as the datatype says, as a TIMESTAMP. */
  private String asTimestamp(String sql, String datatype) {
    if (datatype == null) {
      return sql;
    }
    switch (datatype) {
    case "date":
      return "CAST(" + sql + " AS TIMESTAMP)";
    case "yyyymmdd":
      String digits = "CAST(" + sql + " AS VARCHAR)";
      return "CAST(CAST(SUBSTRING(" + digits + ", 1, 4) || '-' || SUBSTRING(" + digits
          + ", 5, 2) || '-' || SUBSTRING(" + digits + ", 7, 2) AS DATE) AS TIMESTAMP)";
    case "epoch":
      return dialect.add("second", sql, "TIMESTAMP '1970-01-01 00:00:00'");
    default:
      return sql;
    }
  }

  /** Returns the field's LookML SQL with references resolved. */
  String raw(ScopedField f) {
    aliasesUsed.add(f.alias());
    String sql = f.field().sql() != null ? f.field().sql() : "${TABLE}." + f.field().name();
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw QueryException.invalid("fields", "invalid",
          "Field " + f.qualifiedName() + " refers to itself through ${...} references");
    }
    try {
      return Substitution.apply(sql, f.alias(), scope, this::reference);
    } finally {
      depth--;
    }
  }

  private String reference(ScopedField target) {
    if (target.field().isMeasure()) {
      throw QueryException.invalid("fields", "invalid",
          "Dimension SQL can't refer to measure " + target.qualifiedName());
    }
    return target.field().type().equals("yesno") ? condition(target) : value(target);
  }
}

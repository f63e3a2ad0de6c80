package io.looksql.emulator.query;

import io.looksql.emulator.filter.FilterType;
import io.looksql.emulator.lookml.Field;
import io.looksql.emulator.lookml.Timeframe;
import io.looksql.emulator.sql.Dialect;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
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
    switch (field.type()) {
    case "yesno":
      return "CASE WHEN " + condition(f) + " THEN 'Yes' ELSE 'No' END";
    case "tier":
      return Tiers.caseSql(raw(f), field.tiers(), field.tierStyle() == null ? "classic" : field.tierStyle());
    case "date_time":
      return timestamp(f);
    default:
      return raw(f);
    }
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
    switch (field.type()) {
    case "number":
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
      default:
        return tf.isNumeric() ? ValueKind.INTEGER : ValueKind.STRING;
      }
    }
    switch (field.type()) {
    case "number":
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
    String sql = raw(f);
    if ("date".equals(field.datatype())) {
      return "CAST(" + sql + " AS TIMESTAMP)";
    }
    if ("yyyymmdd".equals(field.datatype())) {
      String digits = "CAST(" + sql + " AS VARCHAR)";
      return "CAST(CAST(SUBSTRING(" + digits + ", 1, 4) || '-' || SUBSTRING(" + digits
          + ", 5, 2) || '-' || SUBSTRING(" + digits + ", 7, 2) AS DATE) AS TIMESTAMP)";
    }
    if ("epoch".equals(field.datatype())) {
      sql = dialect.add("second", sql, "TIMESTAMP '1970-01-01 00:00:00'");
    }
    if (field.convertTz() && !timeZone.normalized().equals(ZoneOffset.UTC)) {
      return dialect.convertTimeZone(sql, timeZone);
    }
    return sql;
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

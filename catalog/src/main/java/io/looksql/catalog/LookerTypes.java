package io.looksql.catalog;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Maps Looker field types to SQL types, as the contract in DESIGN.md says: dimensions to plain
 * types, measures to {@code MEASURE<T>}. All columns are nullable.
 */
public final class LookerTypes {
  /** Timeframes whose values are whole days: {@code DATE}. */
  private static final Set<String> DATE_TIMEFRAMES =
      Set.of("date", "week", "month", "quarter", "fiscal_quarter");
  /**
   * Timeframes whose values are instants to the millisecond: {@code TIMESTAMP(3)}, which keeps
   * them whole ({@code microsecond} does not fit and is text).
   */
  private static final Set<String> TIMESTAMP_TIMEFRAMES =
      Set.of("time", "raw", "hour", "minute", "second", "millisecond");
  /** Truncations to a multiple of a unit ({@code hour6}, {@code minute15}, {@code millisecond250}). */
  private static final Pattern MULTIPLE_TIMEFRAME =
      Pattern.compile("(hour|minute|millisecond)[0-9]+");
  /** Timeframes whose values are whole numbers: {@code INTEGER}. */
  private static final Set<String> INTEGER_TIMEFRAMES =
      Set.of("year", "month_num", "day_of_week_index", "day_of_month", "day_of_year",
          "hour_of_day", "week_of_year", "fiscal_year", "fiscal_month_num");
  /** Intervals of a duration dimension group ({@code duration_day} …): whole numbers. */
  private static final Set<String> DURATION_INTERVALS =
      Set.of("second", "minute", "hour", "day", "week", "month", "quarter", "year");
  private static final Pattern SINGLE_REFERENCE = Pattern.compile("\\s*\\$\\{([^}]+)}\\s*");

  private LookerTypes() {
  }

  /**
   * Returns the SQL type of a dimension's values: {@code number} and {@code distance}
   * {@code DOUBLE}; {@code yesno} (and the yesno timeframe) {@code BOOLEAN}; {@code duration_*}
   * {@code BIGINT} (whole intervals); dates and timeframes by what their values are (days
   * {@code DATE}, instants {@code TIMESTAMP(3)}, years and indexes {@code INTEGER}, names such as
   * {@code month_name}, {@code quarter_of_year} ({@code Q1}) and {@code time_of_day}
   * ({@code 14:05}) {@code VARCHAR}); everything else, and types Looker may add, {@code VARCHAR}
   * (string, tier, bin, case, zipcode, location).
   */
  public static SqlTypeName dimensionType(String lookerType) {
    String t = lookerType.toLowerCase(Locale.ROOT);
    switch (t) {
    case "number":
    case "distance":
      return SqlTypeName.DOUBLE;
    case "yesno":
    case "date_yesno":
      return SqlTypeName.BOOLEAN;
    case "date":
      return SqlTypeName.DATE;
    case "date_time":
    case "datetime":
    case "time":
      return SqlTypeName.TIMESTAMP;
    default:
      break;
    }
    if (t.startsWith("duration_") && DURATION_INTERVALS.contains(t.substring(9))) {
      return SqlTypeName.BIGINT;
    }
    if (t.startsWith("date_")) {
      String timeframe = t.substring("date_".length());
      if (DATE_TIMEFRAMES.contains(timeframe)) {
        return SqlTypeName.DATE;
      }
      if (TIMESTAMP_TIMEFRAMES.contains(timeframe)
          || MULTIPLE_TIMEFRAME.matcher(timeframe).matches()) {
        return SqlTypeName.TIMESTAMP;
      }
      if (INTEGER_TIMEFRAMES.contains(timeframe)) {
        return SqlTypeName.INTEGER;
      }
    }
    return SqlTypeName.VARCHAR;
  }

  /**
   * Returns the SQL type of a measure's values: counts {@code BIGINT}; {@code string} and
   * {@code list} {@code VARCHAR}; {@code date} {@code DATE}; {@code yesno} {@code BOOLEAN}; min and
   * max the type of the dimension their {@code sql} names, as Looker does; the other numeric types
   * (sum, average, number, median, percentile, the {@code _distinct} types, running_total,
   * percent_of_total, percent_of_previous) {@code DOUBLE}; types Looker may add {@code VARCHAR},
   * which holds any value exactly.
   */
  public static SqlTypeName measureValueType(FieldDefinition measure,
      Map<String, FieldDefinition> fieldsByName) {
    switch (measure.type().toLowerCase(Locale.ROOT)) {
    case "count":
    case "count_distinct":
      return SqlTypeName.BIGINT;
    case "list":
    case "string":
      return SqlTypeName.VARCHAR;
    case "date":
      return SqlTypeName.DATE;
    case "yesno":
      return SqlTypeName.BOOLEAN;
    case "min":
    case "max":
      FieldDefinition base = referencedField(measure, fieldsByName);
      return base == null || base.measure() ? SqlTypeName.DOUBLE : dimensionType(base.type());
    case "sum":
    case "sum_distinct":
    case "average":
    case "average_distinct":
    case "number":
    case "median":
    case "median_distinct":
    case "percentile":
    case "percentile_distinct":
    case "running_total":
    case "percent_of_total":
    case "percent_of_previous":
      return SqlTypeName.DOUBLE;
    default:
      return SqlTypeName.VARCHAR;
    }
  }

  /** Returns the nullable SQL type of a column for a field ({@code MEASURE<T>} for measures). */
  public static RelDataType columnType(RelDataTypeFactory typeFactory, FieldDefinition field,
      Map<String, FieldDefinition> fieldsByName) {
    if (field.measure()) {
      RelDataType value = sqlType(typeFactory, measureValueType(field, fieldsByName));
      return typeFactory.createTypeWithNullability(typeFactory.createMeasureType(value), true);
    }
    return sqlType(typeFactory, dimensionType(field.type()));
  }

  /** Returns a nullable type for a type name; timestamps carry milliseconds. */
  public static RelDataType sqlType(RelDataTypeFactory typeFactory, SqlTypeName name) {
    RelDataType type = name == SqlTypeName.TIMESTAMP
        ? typeFactory.createSqlType(name, 3)
        : typeFactory.createSqlType(name);
    return typeFactory.createTypeWithNullability(type, true);
  }

  /** Returns the field that a measure's {@code sql} is exactly a reference to, or null. */
  static FieldDefinition referencedField(FieldDefinition measure,
      Map<String, FieldDefinition> fieldsByName) {
    if (measure.sql() == null) {
      return null;
    }
    Matcher m = SINGLE_REFERENCE.matcher(measure.sql());
    if (!m.matches()) {
      return null;
    }
    String ref = m.group(1);
    String qualified = ref.contains(".") ? ref : measure.view() + "." + ref;
    return fieldsByName.get(qualified);
  }
}

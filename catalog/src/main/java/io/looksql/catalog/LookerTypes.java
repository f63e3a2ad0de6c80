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
  /** Timeframes whose values are instants: {@code TIMESTAMP(3)}. */
  private static final Set<String> TIMESTAMP_TIMEFRAMES =
      Set.of("time", "raw", "hour", "minute", "second", "millisecond", "microsecond",
          "hour2", "hour3", "hour4", "hour6", "hour8", "hour12", "minute2", "minute3",
          "minute4", "minute5", "minute6", "minute10", "minute12", "minute15", "minute20",
          "minute30", "time_of_day");
  /** Timeframes whose values are numbers: {@code INTEGER}. */
  private static final Set<String> INTEGER_TIMEFRAMES =
      Set.of("year", "month_num", "day_of_week_index", "day_of_month", "day_of_year",
          "hour_of_day", "week_of_year", "quarter_of_year", "fiscal_year",
          "fiscal_month_num", "fiscal_quarter_of_year", "minute_of_hour");
  private static final Pattern SINGLE_REFERENCE = Pattern.compile("\\s*\\$\\{([^}]+)}\\s*");

  private LookerTypes() {
  }

  /** Returns the SQL type of a dimension's values. */
  public static SqlTypeName dimensionType(String lookerType) {
    String t = lookerType.toLowerCase(Locale.ROOT);
    switch (t) {
    case "number":
      return SqlTypeName.DOUBLE;
    case "yesno":
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
    if (t.startsWith("date_")) {
      String timeframe = t.substring("date_".length());
      if (DATE_TIMEFRAMES.contains(timeframe)) {
        return SqlTypeName.DATE;
      }
      if (TIMESTAMP_TIMEFRAMES.contains(timeframe)) {
        return SqlTypeName.TIMESTAMP;
      }
      if (INTEGER_TIMEFRAMES.contains(timeframe)) {
        return SqlTypeName.INTEGER;
      }
    }
    // string, tier, zipcode, location, day_of_week, month_name, and types Looker may add later.
    return SqlTypeName.VARCHAR;
  }

  /**
   * Returns the SQL type of a measure's values; min and max take the type of the dimension their
   * {@code sql} names, as Looker does.
   */
  public static SqlTypeName measureValueType(FieldDefinition measure,
      Map<String, FieldDefinition> fieldsByName) {
    switch (measure.type().toLowerCase(Locale.ROOT)) {
    case "count":
    case "count_distinct":
      return SqlTypeName.BIGINT;
    case "list":
      return SqlTypeName.VARCHAR;
    case "min":
    case "max":
      FieldDefinition base = referencedField(measure, fieldsByName);
      return base == null || base.measure() ? SqlTypeName.DOUBLE : dimensionType(base.type());
    case "date":
      return SqlTypeName.DATE;
    default:
      // sum, average, number, median, percentile, sum_distinct, average_distinct, ...
      return SqlTypeName.DOUBLE;
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

package io.looksql.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.avatica.remote.TypedValue;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Converts a bound parameter value to the SQL type of its parameter by the JDBC conversion
 * table, so that whatever {@code setXxx} or {@code setObject} a tool calls, the statement sees a
 * value of the type it was planned for. A value that can't be converted exactly fails with
 * SQLState {@value #INVALID_CAST} (or {@value #INVALID_DATETIME} for a text that is no date or
 * timestamp, {@value #OUT_OF_RANGE} for a number too large): never a different value.
 *
 * <p>Dates and timestamps are wall-clock values in the connection's time zone: an
 * {@link Instant}, {@link OffsetDateTime} or {@link ZonedDateTime} is read in that zone, as
 * Avatica reads a {@code java.sql.Timestamp} or {@code java.util.Date}.
 */
public final class ParameterConversion {
  /** SQLState of a value that has no exact equivalent in the target type. */
  public static final String INVALID_CAST = "22018";
  /** SQLState of a text that is not a valid date, time or timestamp. */
  public static final String INVALID_DATETIME = "22007";
  /** SQLState of a number outside the target type's range. */
  public static final String OUT_OF_RANGE = "22003";

  private static final DateTimeFormatter TIMESTAMP_TEXT = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
      .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
      .toFormatter(Locale.ROOT);

  private ParameterConversion() {
  }

  /**
   * Returns a bound value converted to a parameter's SQL type (a {@link Types} code), or the value
   * itself when it is NULL or the type takes any value.
   *
   * @param value the value as the setter stored it
   * @param sqlType the parameter's (or {@code setObject}'s target) type
   * @param zone the connection's time zone
   * @param what names the parameter in a message, e.g. "parameter 2"
   */
  public static TypedValue convert(TypedValue value, int sqlType, ZoneId zone, String what)
      throws SQLException {
    if (value.value == null) {
      return value;
    }
    Object v = javaValue(value, zone);
    try {
      return switch (sqlType) {
        case Types.BOOLEAN, Types.BIT -> TypedValue.ofLocal(ColumnMetaData.Rep.BOOLEAN, bool(v));
        case Types.TINYINT -> TypedValue.ofLocal(ColumnMetaData.Rep.BYTE,
            (byte) integer(v, Byte.MIN_VALUE, Byte.MAX_VALUE));
        case Types.SMALLINT -> TypedValue.ofLocal(ColumnMetaData.Rep.SHORT,
            (short) integer(v, Short.MIN_VALUE, Short.MAX_VALUE));
        case Types.INTEGER -> TypedValue.ofLocal(ColumnMetaData.Rep.INTEGER,
            (int) integer(v, Integer.MIN_VALUE, Integer.MAX_VALUE));
        case Types.BIGINT -> TypedValue.ofLocal(ColumnMetaData.Rep.LONG,
            integer(v, Long.MIN_VALUE, Long.MAX_VALUE));
        case Types.REAL, Types.FLOAT, Types.DOUBLE ->
            TypedValue.ofLocal(ColumnMetaData.Rep.DOUBLE, approximate(v));
        case Types.DECIMAL, Types.NUMERIC -> TypedValue.ofLocal(ColumnMetaData.Rep.NUMBER,
            decimal(v));
        case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR ->
            TypedValue.ofLocal(ColumnMetaData.Rep.STRING, text(v));
        case Types.DATE -> TypedValue.ofLocal(ColumnMetaData.Rep.JAVA_SQL_DATE,
            (int) date(v).toEpochDay());
        case Types.TIMESTAMP -> TypedValue.ofLocal(ColumnMetaData.Rep.JAVA_SQL_TIMESTAMP,
            timestamp(v).toInstant(ZoneOffset.UTC).toEpochMilli());
        case Types.TIME -> TypedValue.ofLocal(ColumnMetaData.Rep.JAVA_SQL_TIME,
            (int) (time(v).toNanoOfDay() / 1_000_000));
        default -> value;
      };
    } catch (Refused e) {
      throw new SQLException("Cannot bind " + describe(v) + " to " + what + " of type "
          + typeName(sqlType) + ": " + e.getMessage(), e.sqlState);
    }
  }

  /**
   * Throws if a value is a {@link java.sql.Timestamp} finer than milliseconds, which LookSQL's
   * timestamps (and Avatica's parameter values) can't hold.
   */
  public static void checkMillis(@Nullable Object x, int parameterIndex) throws SQLException {
    if (x instanceof java.sql.Timestamp t && t.getNanos() % 1_000_000 != 0) {
      throw new SQLException("Cannot bind " + t + " to parameter " + parameterIndex
          + ": timestamps have millisecond precision", INVALID_DATETIME);
    }
  }

  /**
   * Returns the value as JDBC hands it over, read in {@code zone}: a String, Boolean,
   * BigDecimal (or a non-finite Double), LocalDate, LocalDateTime, LocalTime, or another object.
   */
  private static Object javaValue(TypedValue t, ZoneId zone) {
    Object v = t.value;
    switch (t.type) {
    case JAVA_SQL_DATE:
      return LocalDate.ofEpochDay(((Number) v).longValue());
    case JAVA_SQL_TIMESTAMP:
    case JAVA_UTIL_DATE:
      // Avatica stores these as wall-clock milliseconds in the connection's (or the setter's)
      // calendar.
      return LocalDateTime.ofInstant(Instant.ofEpochMilli(((Number) v).longValue()),
          ZoneOffset.UTC);
    case JAVA_SQL_TIME:
      return LocalTime.ofNanoOfDay(((Number) v).longValue() * 1_000_000);
    default:
      break;
    }
    if (v instanceof Double || v instanceof Float) {
      double d = ((Number) v).doubleValue();
      return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : Double.valueOf(d);
    }
    if (v instanceof BigInteger b) {
      return new BigDecimal(b);
    }
    if (v instanceof Number n && !(v instanceof BigDecimal)) {
      return BigDecimal.valueOf(n.longValue());
    }
    if (v instanceof Instant i) {
      return LocalDateTime.ofInstant(i, zone);
    }
    if (v instanceof OffsetDateTime o) {
      return o.atZoneSameInstant(zone).toLocalDateTime();
    }
    if (v instanceof ZonedDateTime z) {
      return z.withZoneSameInstant(zone).toLocalDateTime();
    }
    if (v instanceof Character c) {
      return c.toString();
    }
    return v;
  }

  private static boolean bool(Object v) throws Refused {
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof BigDecimal d) {
      if (d.signum() == 0 || d.compareTo(BigDecimal.ONE) == 0) {
        return d.signum() != 0;
      }
      throw new Refused("only 1 and 0 are true and false", INVALID_CAST);
    }
    if (v instanceof String s) {
      // Looker shows yesno values as Yes and No.
      switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "1":
        return true;
      case "false", "no", "0":
        return false;
      default:
        throw new Refused("a boolean is true/false, yes/no or 1/0", INVALID_CAST);
      }
    }
    throw new Refused("not a boolean", INVALID_CAST);
  }

  private static BigDecimal number(Object v) throws Refused {
    if (v instanceof BigDecimal d) {
      return d;
    }
    if (v instanceof Boolean b) {
      return b ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        throw new Refused("not a number", INVALID_CAST);
      }
    }
    throw new Refused("not a number", INVALID_CAST);
  }

  private static long integer(Object v, long min, long max) throws Refused {
    BigDecimal d = number(v);
    BigInteger i;
    try {
      i = d.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new Refused("it has a fraction", INVALID_CAST);
    }
    if (i.compareTo(BigInteger.valueOf(min)) < 0 || i.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new Refused("out of range", OUT_OF_RANGE);
    }
    return i.longValue();
  }

  private static double approximate(Object v) throws Refused {
    if (v instanceof Double d) {
      return d;
    }
    if (v instanceof String s && s.trim().matches("(?i)[+-]?(infinity|nan)")) {
      return Double.parseDouble(s.trim());
    }
    double d = number(v).doubleValue();
    if (Double.isInfinite(d)) {
      throw new Refused("out of range", OUT_OF_RANGE);
    }
    return d;
  }

  private static BigDecimal decimal(Object v) throws Refused {
    if (v instanceof Double) {
      throw new Refused("not a finite number", INVALID_CAST);
    }
    return number(v);
  }

  private static String text(Object v) throws Refused {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Boolean || v instanceof Double || v instanceof LocalDate
        || v instanceof LocalTime) {
      return v.toString();
    }
    if (v instanceof LocalDateTime t) {
      return t.toLocalDate() + " " + t.toLocalTime();
    }
    throw new Refused("not a text", INVALID_CAST);
  }

  private static LocalDate date(Object v) throws Refused {
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof String s) {
      return date(parse(s));
    }
    if (v instanceof LocalDateTime t) {
      if (!t.toLocalTime().equals(LocalTime.MIDNIGHT)) {
        throw new Refused("a date has no time of day, and " + t.toLocalTime()
            + " is not midnight", INVALID_DATETIME);
      }
      return t.toLocalDate();
    }
    throw new Refused("not a date", INVALID_CAST);
  }

  private static LocalDateTime timestamp(Object v) throws Refused {
    if (v instanceof LocalDateTime t) {
      if (t.getNano() % 1_000_000 != 0) {
        throw new Refused("timestamps have millisecond precision", INVALID_DATETIME);
      }
      return t;
    }
    if (v instanceof LocalDate d) {
      return d.atStartOfDay();
    }
    if (v instanceof String s) {
      return timestamp(parse(s));
    }
    throw new Refused("not a timestamp", INVALID_CAST);
  }

  private static LocalTime time(Object v) throws Refused {
    if (v instanceof LocalTime t) {
      return t;
    }
    if (v instanceof String s) {
      try {
        return LocalTime.parse(s.trim());
      } catch (DateTimeParseException e) {
        throw new Refused("not a time (HH:mm:ss)", INVALID_DATETIME);
      }
    }
    throw new Refused("not a time", INVALID_CAST);
  }

  /** Parses {@code yyyy-MM-dd}, with an optional time after a space or {@code T}. */
  private static LocalDateTime parse(String s) throws Refused {
    try {
      return LocalDateTime.parse(s.trim(), TIMESTAMP_TEXT);
    } catch (DateTimeException e) {
      throw new Refused("not a date (yyyy-MM-dd) or timestamp (yyyy-MM-dd HH:mm:ss)",
          INVALID_DATETIME);
    }
  }

  private static String describe(Object v) {
    String s = String.valueOf(v);
    String shown = s.length() > 40 ? s.substring(0, 40) + "…" : s;
    return v instanceof String ? "'" + shown + "'" : shown + " (" + v.getClass().getSimpleName()
        + ")";
  }

  private static String typeName(int sqlType) {
    try {
      return java.sql.JDBCType.valueOf(sqlType).getName();
    } catch (IllegalArgumentException e) {
      return String.valueOf(sqlType);
    }
  }

  /** Why a value has no exact equivalent, with the SQLState to report. */
  private static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    private final String sqlState;

    Refused(String message, String sqlState) {
      super(message, null, false, false);
      this.sqlState = sqlState;
    }
  }
}

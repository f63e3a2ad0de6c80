package io.looksql.jdbc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a column as the Java class a caller of JDBC 4.2's {@code getObject(i, Class)} asks for:
 * the class of its SQL type in JDBC's mapping ({@code LocalDate} for DATE, {@code LocalDateTime}
 * for TIMESTAMP, {@code BigDecimal}, boxed numbers, {@code Boolean}, {@code String}), and for a
 * TIMESTAMP also {@code OffsetDateTime}, {@code ZonedDateTime} and {@code Instant}, placed in the
 * connection's time zone, in which LookSQL's timestamps are wall-clock values. Anything else
 * fails with SQLState {@value ParameterConversion#INVALID_CAST}.
 */
public final class JavaTimeValues {
  private static final Calendar UTC = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);

  private JavaTimeValues() {
  }

  /**
   * Returns column {@code i} of the current row as {@code type}, or null when it is NULL.
   *
   * @param zone the connection's time zone
   */
  public static <T> @Nullable T read(ResultSet rs, int i, Class<T> type, ZoneId zone)
      throws SQLException {
    Object v;
    try {
      v = value(rs, i, type, zone);
    } catch (SQLException e) {
      if (e.getSQLState() != null) {
        throw e;
      }
      // Avatica's accessors refuse a conversion without a state.
      throw new SQLException("Column " + i + " (" + rs.getMetaData().getColumnTypeName(i)
          + ") can't be read as " + type.getName() + ": " + e.getMessage(),
          ParameterConversion.INVALID_CAST, e);
    }
    return rs.wasNull() || v == null ? null : type.cast(v);
  }

  private static @Nullable Object value(ResultSet rs, int i, Class<?> type, ZoneId zone)
      throws SQLException {
    if (type == String.class) {
      return rs.getString(i);
    }
    if (type == Boolean.class) {
      return rs.getBoolean(i);
    }
    if (type == Integer.class) {
      return rs.getInt(i);
    }
    if (type == Long.class) {
      return rs.getLong(i);
    }
    if (type == Short.class) {
      return rs.getShort(i);
    }
    if (type == Byte.class) {
      return rs.getByte(i);
    }
    if (type == Double.class) {
      return rs.getDouble(i);
    }
    if (type == Float.class) {
      return rs.getFloat(i);
    }
    if (type == BigDecimal.class) {
      return rs.getBigDecimal(i);
    }
    if (type == BigInteger.class) {
      BigDecimal d = rs.getBigDecimal(i);
      try {
        return d == null ? null : d.toBigIntegerExact();
      } catch (ArithmeticException e) {
        throw new SQLException("Column " + i + " (" + d + ") is not an integer",
            ParameterConversion.INVALID_CAST);
      }
    }
    if (type == LocalDate.class) {
      java.sql.Date d = rs.getDate(i, (Calendar) UTC.clone());
      return d == null ? null : LocalDate.ofEpochDay(Math.floorDiv(d.getTime(), 86_400_000L));
    }
    if (type == LocalTime.class) {
      java.sql.Time t = rs.getTime(i, (Calendar) UTC.clone());
      return t == null ? null
          : LocalTime.ofNanoOfDay(Math.floorMod(t.getTime(), 86_400_000L) * 1_000_000L);
    }
    LocalDateTime wallClock = null;
    if (type == LocalDateTime.class || type == OffsetDateTime.class
        || type == ZonedDateTime.class || type == Instant.class) {
      Timestamp t = rs.getTimestamp(i, (Calendar) UTC.clone());
      if (t == null) {
        return null;
      }
      wallClock = LocalDateTime.ofEpochSecond(Math.floorDiv(t.getTime(), 1000L), t.getNanos(),
          ZoneOffset.UTC);
    }
    if (type == LocalDateTime.class) {
      return wallClock;
    }
    if (type == ZonedDateTime.class) {
      return wallClock.atZone(zone);
    }
    if (type == OffsetDateTime.class) {
      return wallClock.atZone(zone).toOffsetDateTime();
    }
    if (type == Instant.class) {
      return wallClock.atZone(zone).toInstant();
    }
    Object o = rs.getObject(i);
    if (o == null || type.isInstance(o)) {
      return o;
    }
    throw new SQLException("Column " + i + " (" + rs.getMetaData().getColumnTypeName(i)
        + ") can't be read as " + type.getName(), ParameterConversion.INVALID_CAST);
  }
}

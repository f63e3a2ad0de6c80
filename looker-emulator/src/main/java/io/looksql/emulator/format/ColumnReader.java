package io.looksql.emulator.format;

import io.looksql.emulator.query.ValueKind;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Reads one result column and returns the value every format writes: a String, a Long, a
 * BigDecimal or Double, or null.
 *
 * <p>Dates and timestamps are read as {@code java.time} values, never {@code java.sql.Timestamp},
 * so the JVM's default time zone cannot shift them.
 */
@FunctionalInterface
public interface ColumnReader {
  /** Date format, {@code yyyy-MM-dd}. */
  DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
  /** Month (and quarter) format, {@code yyyy-MM}. */
  DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
  /** Timestamp format, {@code yyyy-MM-dd HH:mm:ss}. */
  DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
  /** Timestamp format to the millisecond, {@code yyyy-MM-dd HH:mm:ss.SSS}. */
  DateTimeFormatter TIMESTAMP_MILLIS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
  /** Timestamp format to the microsecond, {@code yyyy-MM-dd HH:mm:ss.SSSSSS}. */
  DateTimeFormatter TIMESTAMP_MICROS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);

  /** Returns the value of column {@code column} of the current row. */
  Object read(ResultSet resultSet, int column) throws SQLException;

  /**
   * Returns the reader for a column of the given kind, whose JDBC type is {@code sqlType}
   * ({@link java.sql.Types}); the JDBC type decides how temporal values are fetched.
   */
  static ColumnReader of(ValueKind kind, int sqlType) {
    switch (kind) {
    case INTEGER:
      return (rs, i) -> {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : v;
      };
    case NUMBER:
      return ColumnReader::number;
    case DATE:
      return (rs, i) -> format(date(rs, i, sqlType), DATE);
    case MONTH:
      return (rs, i) -> format(date(rs, i, sqlType), MONTH);
    case TIMESTAMP:
      return (rs, i) -> format(timestamp(rs, i, sqlType), TIMESTAMP);
    case TIMESTAMP_MILLIS:
      return (rs, i) -> format(timestamp(rs, i, sqlType), TIMESTAMP_MILLIS);
    case TIMESTAMP_MICROS:
      return (rs, i) -> format(timestamp(rs, i, sqlType), TIMESTAMP_MICROS);
    case STRING:
    default:
      return ResultSet::getString;
    }
  }

  /**
   * Returns the JDBC type to pass to {@link #of} for a result column. PostgreSQL's driver reports
   * timestamptz as TIMESTAMP but refuses to read it as a LocalDateTime, so it is made zoned here.
   */
  static int sqlType(ResultSetMetaData metaData, int column) throws SQLException {
    int type = metaData.getColumnType(column);
    return type == Types.TIMESTAMP && "timestamptz".equals(metaData.getColumnTypeName(column))
        ? Types.TIMESTAMP_WITH_TIMEZONE : type;
  }

  private static Object number(ResultSet rs, int i) throws SQLException {
    Object v = rs.getObject(i);
    if (v == null) {
      return null;
    }
    if (v instanceof Long || v instanceof BigDecimal) {
      return v;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof java.math.BigInteger) {
      return new BigDecimal((java.math.BigInteger) v);
    }
    if (v instanceof Number) {
      double d = ((Number) v).doubleValue();
      // NaN and infinities have no JSON spelling; Looker writes them as null.
      return Double.isFinite(d) ? (Object) d : null;
    }
    return new BigDecimal(v.toString());
  }

  private static String format(java.time.temporal.TemporalAccessor value, DateTimeFormatter f) {
    return value == null ? null : f.format(value);
  }

  private static LocalDate date(ResultSet rs, int i, int sqlType) throws SQLException {
    if (sqlType == Types.DATE) {
      return rs.getObject(i, LocalDate.class);
    }
    LocalDateTime t = timestamp(rs, i, sqlType);
    return t == null ? null : t.toLocalDate();
  }

  private static LocalDateTime timestamp(ResultSet rs, int i, int sqlType) throws SQLException {
    switch (sqlType) {
    case Types.DATE:
      LocalDate d = rs.getObject(i, LocalDate.class);
      return d == null ? null : d.atStartOfDay();
    case Types.TIMESTAMP_WITH_TIMEZONE:
      // Sessions run in UTC, so a zoned value is shown as UTC wall-clock time.
      OffsetDateTime o = rs.getObject(i, OffsetDateTime.class);
      return o == null ? null : o.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    default:
      return rs.getObject(i, LocalDateTime.class);
    }
  }
}

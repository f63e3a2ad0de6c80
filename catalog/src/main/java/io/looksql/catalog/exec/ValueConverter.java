package io.looksql.catalog.exec;

import java.math.BigDecimal;
import io.looksql.catalog.StatementFailures;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Converts json_bi values to Calcite's internal representation: dates as days since the epoch,
 * timestamps as wall-clock milliseconds, numbers as the column's Java type.
 */
public final class ValueConverter {
  private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd[ HH[:mm[:ss]]]")
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
      .toFormatter(Locale.ROOT);

  private final SqlTypeName[] types;
  private final String[] names;

  public ValueConverter(RelDataType rowType) {
    types = rowType.getFieldList().stream()
        .map(f -> f.getType().getSqlTypeName() == SqlTypeName.MEASURE
            ? f.getType().getMeasureElementType().getSqlTypeName()
            : f.getType().getSqlTypeName())
        .toArray(SqlTypeName[]::new);
    names = rowType.getFieldNames().toArray(new String[0]);
  }

  /**
   * Returns the value of column {@code i}; a value that doesn't fit the column's type fails with
   * SQLState 22018 (not a value of the type) or 22003 (a fraction or overflow in a whole-number
   * column), never cut to fit.
   */
  public @Nullable Object convert(int i, @Nullable Object v) {
    if (v == null) {
      return null;
    }
    try {
      return convertValue(i, v);
    } catch (ArithmeticException e) {
      throw StatementFailures.failure("Looker returned " + v + " for column " + names[i]
          + ", which is not a whole number of type " + types[i], "22003");
    } catch (IllegalArgumentException | DateTimeException e) {
      throw StatementFailures.failure("Looker returned \"" + v + "\" for column " + names[i]
          + ", which is not a value of type " + types[i], "22018");
    }
  }

  private Object convertValue(int i, Object v) {
    switch (types[i]) {
    case VARCHAR:
    case CHAR:
      return v.toString();
    case DOUBLE:
    case FLOAT:
    case REAL:
      return v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString());
    case BIGINT:
      return v instanceof Long || v instanceof Integer ? ((Number) v).longValue()
          : exact(v).longValueExact();
    case INTEGER:
      return v instanceof Integer ? v : exact(v).intValueExact();
    case DECIMAL:
      return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    case BOOLEAN:
      return v instanceof Boolean b ? b : yesNo(v.toString());
    case DATE:
      return (int) date(v.toString()).toEpochDay();
    case TIMESTAMP:
      return LocalDateTime.parse(v.toString(), TIMESTAMP).toInstant(ZoneOffset.UTC).toEpochMilli();
    default:
      return v;
    }
  }

  /**
   * Returns a value as a decimal for a whole-number column; a fraction or an overflow then fails
   * ({@code ArithmeticException}) rather than being cut off.
   */
  private static BigDecimal exact(Object v) {
    BigDecimal d = v instanceof BigDecimal b ? b : new BigDecimal(v.toString());
    return d.stripTrailingZeros();
  }

  private static Boolean yesNo(String s) {
    if (s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true")) {
      return true;
    }
    if (s.equalsIgnoreCase("no") || s.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("not yes or no: " + s);
  }

  /**
   * Parses {@code yyyy-MM-dd} (also with a midnight time), {@code yyyy-MM} (months, quarters),
   * {@code yyyy-Qn} or {@code yyyy}.
   */
  private static LocalDate date(String s) {
    if (s.length() == 4) {
      return LocalDate.of(Integer.parseInt(s), 1, 1);
    }
    if (s.length() == 7 && s.charAt(5) == 'Q') {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)),
          (s.charAt(6) - '1') * 3 + 1, 1);
    }
    if (s.length() == 7) {
      return LocalDate.parse(s + "-01");
    }
    if (s.length() > 10) {
      // A day written with its time, which must then be midnight: a time of day would be lost.
      LocalDateTime t = LocalDateTime.parse(s, TIMESTAMP);
      if (!t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
        throw new DateTimeException("not a day: " + s);
      }
      return t.toLocalDate();
    }
    return LocalDate.parse(s);
  }
}

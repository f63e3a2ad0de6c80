package io.looksql.catalog.exec;

import java.math.BigDecimal;
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

  public ValueConverter(RelDataType rowType) {
    types = rowType.getFieldList().stream()
        .map(f -> f.getType().getSqlTypeName() == SqlTypeName.MEASURE
            ? f.getType().getMeasureElementType().getSqlTypeName()
            : f.getType().getSqlTypeName())
        .toArray(SqlTypeName[]::new);
  }

  /** Returns the value of column {@code i}. */
  public @Nullable Object convert(int i, @Nullable Object v) {
    if (v == null) {
      return null;
    }
    switch (types[i]) {
    case VARCHAR:
    case CHAR:
      return v.toString();
    case DOUBLE:
    case FLOAT:
    case REAL:
      return v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString());
    case BIGINT:
      return v instanceof Number n ? n.longValue() : new BigDecimal(v.toString()).longValue();
    case INTEGER:
      return v instanceof Number n ? n.intValue() : new BigDecimal(v.toString()).intValue();
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

  private static Boolean yesNo(String s) {
    return s.equalsIgnoreCase("yes") || s.equalsIgnoreCase("true");
  }

  /** Parses {@code yyyy-MM-dd}, {@code yyyy-MM} (months, quarters) or {@code yyyy}. */
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
    return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
  }
}

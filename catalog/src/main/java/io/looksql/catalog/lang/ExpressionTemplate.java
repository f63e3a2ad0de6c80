package io.looksql.catalog.lang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.sql.type.SqlTypeName;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Text in Looker's expression language with {@code ?} parameters left open until execute time,
 * when each is written as a literal of the language. Values are always written as literals
 * (strings quoted, with {@code \} escapes), so no value can change the expression's meaning.
 *
 * @param parts the text: {@link String}s and {@link Param}s
 */
public record ExpressionTemplate(List<Object> parts) {
  /** A {@code ?} parameter of the given SQL type. */
  record Param(int index, SqlTypeName type) {
  }

  public ExpressionTemplate {
    parts = List.copyOf(parts);
  }

  /** Returns a template of fixed text. */
  public static ExpressionTemplate of(String text) {
    return new ExpressionTemplate(List.of(text));
  }

  /** Returns the concatenation of templates and strings. */
  static ExpressionTemplate concat(Object... pieces) {
    List<Object> out = new ArrayList<>();
    for (Object p : pieces) {
      if (p instanceof ExpressionTemplate t) {
        out.addAll(t.parts);
      } else {
        out.add(p);
      }
    }
    return new ExpressionTemplate(out);
  }

  /** Returns {@code (this AND other)}. */
  public ExpressionTemplate and(ExpressionTemplate other) {
    return concat("(", this, " AND ", other, ")");
  }

  /** Returns the expression, parameters read from {@code root} ({@code ?N} when explaining). */
  public String render(DataContext root) {
    StringBuilder b = new StringBuilder();
    for (Object part : parts) {
      if (part instanceof Param p) {
        Object v = root.get("?" + p.index());
        b.append(v instanceof ExplainContext.Placeholder ? v.toString() : literal(v, p.type()));
      } else {
        b.append(part);
      }
    }
    return b.toString();
  }

  /** Returns a value as a literal of Looker's expression language. */
  static String literal(@Nullable Object value, SqlTypeName type) {
    if (value == null) {
      return typedNull(type);
    }
    switch (type) {
    case DATE:
      return date(value instanceof Number days && !(value instanceof Double)
          ? LocalDate.ofEpochDay(days.longValue())
          : value instanceof java.sql.Date d ? d.toLocalDate() : LocalDate.parse(value.toString()));
    case TIMESTAMP:
      LocalDateTime t = value instanceof Long millis
          ? LocalDateTime.ofEpochSecond(Math.floorDiv(millis, 1000),
              (int) Math.floorMod(millis, 1000) * 1_000_000, ZoneOffset.UTC)
          : value instanceof java.sql.Timestamp ts ? ts.toLocalDateTime()
          : LocalDateTime.parse(value.toString().replace(' ', 'T'));
      if (t.getNano() != 0) {
        throw new IllegalArgumentException("Looker's date_time() has no fractions of a second: "
            + t);
      }
      return "date_time(" + t.getYear() + ", " + t.getMonthValue() + ", " + t.getDayOfMonth()
          + ", " + t.getHour() + ", " + t.getMinute() + ", " + t.getSecond() + ")";
    case BOOLEAN:
      return Boolean.TRUE.equals(value) ? "yes" : "no";
    case CHAR:
    case VARCHAR:
      return string(value.toString());
    default:
      BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
      String s = d.toPlainString();
      return d.signum() < 0 ? "(" + s + ")" : s;
    }
  }

  /**
   * Returns a NULL of a type: Looker reads {@code x = null} as {@code is_null(x)}, while a null
   * value that is not the word compares as SQL's NULL does (unknown), as SQL wants of a
   * parameter bound to NULL.
   */
  private static String typedNull(SqlTypeName type) {
    String sample = switch (type) {
      case DATE -> "date(1970, 1, 1)";
      case TIMESTAMP -> "date_time(1970, 1, 1, 0, 0, 0)";
      case BOOLEAN -> "no";
      case CHAR, VARCHAR -> "\"\"";
      default -> "0";
    };
    return "if(no, " + sample + ", null)";
  }

  /** Returns a string literal: quoted, with backslash escapes for {@code "} and {@code \}. */
  static String string(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String date(LocalDate d) {
    return "date(" + d.getYear() + ", " + d.getMonthValue() + ", " + d.getDayOfMonth() + ")";
  }
}

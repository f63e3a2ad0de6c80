package io.looksql.catalog.lang;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes values into Looker filter expressions so that a value can never change the filter's
 * meaning: every character the string grammar gives a meaning to is escaped with {@code ^}.
 */
final class FilterEscaper {
  private static final DateTimeFormatter LOOKER_DATE =
      DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT);

  private FilterEscaper() {
  }

  /** Returns a string-grammar term that matches exactly {@code value}. */
  static String exact(String value) {
    if (value.isEmpty()) {
      return "\"\"";
    }
    String upper = value.toUpperCase(Locale.ROOT);
    if (upper.equals("NULL") || upper.equals("EMPTY")) {
      // The bare words are keywords; quoted they are values.
      return "\"" + value + "\"";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (isSpecial(c, i)) {
        b.append('^');
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Returns a string-grammar term for a SQL LIKE pattern: {@code %} and {@code _} stay wildcards. */
  static String like(String pattern) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' && c != '_' && isSpecial(c, i)) {
        b.append('^');
      }
      b.append(c);
    }
    String s = b.toString();
    String upper = s.toUpperCase(Locale.ROOT);
    return upper.equals("NULL") || upper.equals("EMPTY") ? "^" + s : s;
  }

  private static boolean isSpecial(char c, int index) {
    switch (c) {
    case '^': case ',': case '%': case '_': case '"': case '\\': case ' ': case '\'':
      return true;
    case '-':
      return index == 0;
    default:
      return Character.isWhitespace(c);
    }
  }

  /** Returns a number as the number grammar writes it. */
  static String number(Object value) {
    if (value instanceof ExplainContext.Placeholder) {
      return value.toString();
    }
    BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    return d.stripTrailingZeros().toPlainString();
  }

  /** Returns a date (days since epoch, or a LocalDate or java.sql.Date) as {@code yyyy/MM/dd}. */
  static String date(Object value) {
    if (value instanceof ExplainContext.Placeholder) {
      return value.toString();
    }
    return LOOKER_DATE.format(toLocalDate(value));
  }

  private static LocalDate toLocalDate(Object value) {
    if (value instanceof Integer || value instanceof Long || value instanceof BigDecimal) {
      // Days since the epoch: Calcite's DATE, as a literal (Integer) or a bound ? (BigDecimal).
      return LocalDate.ofEpochDay(((Number) value).longValue());
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString());
  }
}

package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.ModelCalendar;
import io.looksql.emulator.lookml.Timeframe;

/**
 * Timeframe expressions written once over a dialect's truncation, extraction and addition, so
 * every database counts weeks from the model's week start day and fiscal periods from its
 * offset (never from a locale: H2's own week truncation follows the JVM's).
 */
final class TimeframeSql {
  private static final String[] DAYS =
      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  private TimeframeSql() {
  }

  /** Returns the SQL of a timeframe of {@code ts}; see {@link Dialect#timeframe}. */
  static String of(String ts, Timeframe timeframe, ModelCalendar calendar, Dialect d) {
    if (timeframe.unit() != null) {
      return multiple(ts, timeframe, d);
    }
    int offset = calendar.fiscalMonthOffset();
    String fiscal = offset == 0 ? ts : d.add("month", String.valueOf(-offset), ts);
    switch (timeframe) {
    case RAW:
      return ts;
    case TIME:
      return d.truncate("second", ts);
    case TIME_OF_DAY:
      return twoDigits(d.extract("HOUR", ts)) + " || ':' || " + twoDigits(d.extract("MINUTE", ts));
    case HOUR:
      return d.truncate("hour", ts);
    case MINUTE:
      return d.truncate("minute", ts);
    case SECOND:
      return d.truncate("second", ts);
    case MILLISECOND:
      return d.truncate("millisecond", ts);
    case MICROSECOND:
      return d.truncate("microsecond", ts);
    case DATE:
      return "CAST(" + ts + " AS DATE)";
    case WEEK:
      return "CAST(" + d.add("day", "-" + dayOfWeekIndex(ts, calendar, d), "CAST(" + ts + " AS DATE)")
          + " AS DATE)";
    case MONTH:
      return "CAST(" + d.truncate("month", ts) + " AS DATE)";
    case QUARTER:
      return "CAST(" + d.truncate("quarter", ts) + " AS DATE)";
    case YEAR:
      return d.extract("YEAR", ts);
    case MONTH_NUM:
      return d.extract("MONTH", ts);
    case MONTH_NAME:
      return names(d.extract("MONTH", ts), MONTHS);
    case QUARTER_OF_YEAR:
      return "'Q' || CAST(" + d.extract("QUARTER", ts) + " AS VARCHAR)";
    case DAY_OF_MONTH:
      return d.extract("DAY", ts);
    case DAY_OF_YEAR:
      return d.extract("DOY", ts);
    case HOUR_OF_DAY:
      return d.extract("HOUR", ts);
    case DAY_OF_WEEK_INDEX:
      return dayOfWeekIndex(ts, calendar, d);
    case DAY_OF_WEEK:
      return names(d.extract("ISODOW", ts), DAYS);
    case WEEK_OF_YEAR:
      // Week 1 is the week holding January 1; weeks start on the week start day.
      String jan1 = d.truncate("year", ts);
      return "((" + d.extract("DOY", ts) + " - 1 + " + dayOfWeekIndex(jan1, calendar, d)
          + ") / 7 + 1)";
    case FISCAL_YEAR:
      return d.extract("YEAR", fiscal);
    case FISCAL_MONTH_NUM:
      return d.extract("MONTH", fiscal);
    case FISCAL_QUARTER_OF_YEAR:
      return "'Q' || CAST(" + d.extract("QUARTER", fiscal) + " AS VARCHAR)";
    case FISCAL_QUARTER:
      String start = d.truncate("quarter", fiscal);
      return "CAST(" + (offset == 0 ? start : d.add("month", String.valueOf(offset), start))
          + " AS DATE)";
    case YESNO:
      return "CASE WHEN " + ts + " IS NOT NULL THEN 'Yes' ELSE 'No' END";
    default:
      throw new IllegalArgumentException("Unsupported timeframe " + timeframe.lookml());
    }
  }

  /** Returns {@code ts} truncated to a multiple of its unit within the next larger unit. */
  private static String multiple(String ts, Timeframe timeframe, Dialect d) {
    String unit;
    String within;
    String part;
    switch (timeframe.unit()) {
    case HOUR -> {
      unit = "hour";
      within = "day";
      part = "HOUR";
    }
    case MINUTE -> {
      unit = "minute";
      within = "hour";
      part = "MINUTE";
    }
    default -> {
      unit = "millisecond";
      within = "second";
      part = "MILLISECOND";
    }
    }
    int step = timeframe.step();
    return d.add(unit, "(" + d.extract(part, ts) + " / " + step + ") * " + step,
        d.truncate(within, ts));
  }

  /** Returns how many days {@code ts} is past the start of its week (0 to 6). */
  private static String dayOfWeekIndex(String ts, ModelCalendar calendar, Dialect d) {
    int shift = 7 - calendar.weekStart().getValue();
    return "MOD(" + d.extract("ISODOW", ts) + " + " + shift + ", 7)";
  }

  private static String twoDigits(String number) {
    return "LPAD(CAST(" + number + " AS VARCHAR), 2, '0')";
  }

  private static String names(String index, String[] names) {
    StringBuilder sql = new StringBuilder("CASE ").append(index);
    for (int i = 0; i < names.length; i++) {
      sql.append(" WHEN ").append(i + 1).append(" THEN '").append(names[i]).append('\'');
    }
    return sql.append(" END").toString();
  }
}

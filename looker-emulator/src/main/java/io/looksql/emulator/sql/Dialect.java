package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.ModelCalendar;
import io.looksql.emulator.lookml.Timeframe;
import java.time.ZoneId;

/** What differs between the databases the emulator runs its SQL on. */
public interface Dialect {
  /** Returns the dialect name as Looker reports it ({@code h2}, {@code postgres}). */
  String name();

  /**
   * Returns SQL that converts a timestamp holding UTC wall-clock time into wall-clock time in the
   * given zone (a TIMESTAMP without time zone).
   */
  String convertTimeZone(String timestampSql, ZoneId zone);

  /**
   * Returns SQL for a timeframe of a timestamp under Looker's default calendar (weeks start on
   * Monday, no fiscal offset); see {@link #timeframe(String, Timeframe, ModelCalendar)}.
   */
  default String timeframe(String timestampSql, Timeframe timeframe) {
    return timeframe(timestampSql, timeframe, ModelCalendar.DEFAULT);
  }

  /**
   * Returns SQL for a timeframe of a timestamp: a truncated DATE or TIMESTAMP for temporal
   * timeframes (a week starts on the calendar's week start day; a fiscal quarter is the DATE it
   * starts on), an INTEGER for {@code year}, {@code month_num}, {@code hour_of_day},
   * {@code day_of_month}, {@code day_of_year}, {@code week_of_year}, {@code day_of_week_index}
   * (the week start day = 0), {@code fiscal_year} and {@code fiscal_month_num}, a VARCHAR for
   * {@code day_of_week}, {@code month_name}, {@code time_of_day} ({@code HH:mm}),
   * {@code quarter_of_year} and {@code fiscal_quarter_of_year} ({@code Q1}), {@code yesno}.
   */
  default String timeframe(String timestampSql, Timeframe timeframe, ModelCalendar calendar) {
    return TimeframeSql.of(timestampSql, timeframe, calendar, this);
  }

  /**
   * Returns SQL truncating a timestamp to a unit: {@code microsecond}, {@code millisecond},
   * {@code second}, {@code minute}, {@code hour}, {@code day}, {@code month}, {@code quarter} or
   * {@code year}; a TIMESTAMP.
   */
  String truncate(String unit, String timestampSql);

  /**
   * Returns SQL extracting a part of a timestamp as an INTEGER: {@code YEAR}, {@code QUARTER},
   * {@code MONTH}, {@code DAY}, {@code DOY} (day of year), {@code HOUR}, {@code MINUTE},
   * {@code ISODOW} (Monday = 1 ... Sunday = 7).
   */
  String extract(String part, String timestampSql);

  /**
   * Returns SQL adding a whole number of units ({@code microsecond} ... {@code month}) to a
   * TIMESTAMP or DATE; the result is a TIMESTAMP unless the dialect keeps a DATE a DATE.
   */
  String add(String unit, String amountSql, String timestampSql);

  /** Returns SQL for the whole seconds from one TIMESTAMP to another (negative if {@code end} is earlier). */
  String secondsBetween(String startSql, String endSql);

  /** Returns whether the database has {@code FULL OUTER JOIN} (H2 has none). */
  default boolean supportsFullOuterJoin() {
    return true;
  }

  /** Returns the statement run on each new connection (it sets the session time zone to UTC). */
  String connectionInitSql();

  /** Returns the aggregate that lists the distinct values of an expression, comma separated. */
  String listAggregate(String sql);

  /** Returns the aggregate of the value at a fraction (0 to 1) of the sorted values, interpolated. */
  String percentile(String sql, double fraction);

  /** Returns the dialect of a JDBC URL ({@code jdbc:h2:} or {@code jdbc:postgresql:}). */
  static Dialect forJdbcUrl(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:h2:")) {
      return new H2Dialect();
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return new PostgresDialect();
    }
    throw new IllegalArgumentException("Unsupported database (only H2 and PostgreSQL): " + jdbcUrl);
  }
}

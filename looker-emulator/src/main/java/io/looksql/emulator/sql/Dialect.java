package io.looksql.emulator.sql;

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
   * Returns SQL for a timeframe of a timestamp: a truncated DATE or TIMESTAMP for temporal
   * timeframes, an INTEGER for {@code year}, {@code month_num}, {@code hour_of_day},
   * {@code day_of_month}, {@code day_of_week_index} (Monday = 0), a VARCHAR day name for
   * {@code day_of_week}.
   */
  String timeframe(String timestampSql, Timeframe timeframe);

  /** Returns the statement run on each new connection (it sets the session time zone to UTC). */
  String connectionInitSql();

  /** Returns the aggregate that lists the distinct values of an expression, comma separated. */
  String listAggregate(String sql);

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

package io.looksql.emulator.filter;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A calendar interval of date filters: how to find a period's start and step between periods. */
enum DateUnit {
  SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR;

  /** Returns the unit named by a singular or plural word, any case, or null if none is. */
  static DateUnit fromWord(String word) {
    String singular = word.toUpperCase(Locale.ROOT);
    if (singular.endsWith("S")) {
      singular = singular.substring(0, singular.length() - 1);
    }
    for (DateUnit unit : values()) {
      if (unit.name().equals(singular)) {
        return unit;
      }
    }
    return null;
  }

  /** Returns the start of the period of this unit that contains {@code t}. */
  LocalDateTime start(LocalDateTime t, DayOfWeek weekStart) {
    return switch (this) {
      case SECOND -> t.truncatedTo(ChronoUnit.SECONDS);
      case MINUTE -> t.truncatedTo(ChronoUnit.MINUTES);
      case HOUR -> t.truncatedTo(ChronoUnit.HOURS);
      case DAY -> t.truncatedTo(ChronoUnit.DAYS);
      case WEEK -> t.truncatedTo(ChronoUnit.DAYS)
          .with(TemporalAdjusters.previousOrSame(weekStart));
      case MONTH -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
      case QUARTER -> t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1)
          .withMonth((t.getMonthValue() - 1) / 3 * 3 + 1);
      case YEAR -> t.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
    };
  }

  /** Returns {@code t} moved by {@code n} of this unit (n may be negative). */
  LocalDateTime plus(LocalDateTime t, long n) {
    return switch (this) {
      case SECOND -> t.plusSeconds(n);
      case MINUTE -> t.plusMinutes(n);
      case HOUR -> t.plusHours(n);
      case DAY -> t.plusDays(n);
      case WEEK -> t.plusWeeks(n);
      case MONTH -> t.plusMonths(n);
      case QUARTER -> t.plusMonths(3 * n);
      case YEAR -> t.plusYears(n);
    };
  }
}

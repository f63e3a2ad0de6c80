package io.looksql.emulator.filter;

import io.looksql.emulator.filter.DateCondition.Between;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** Resolves periods named relative to the context's "now" into half-open ranges. */
final class RelativeDates {
  private final FilterContext context;

  RelativeDates(FilterContext context) {
    this.context = context;
  }

  /** Returns the start of the current period of the unit. */
  LocalDateTime start(DateUnit unit) {
    return unit.start(context.now(), context.weekStart());
  }

  /** Returns the period {@code offset} periods after the current one (before it if negative). */
  Between relative(DateUnit unit, long offset) {
    LocalDateTime start = unit.plus(start(unit), offset);
    return new Between(start, unit.plus(start, 1));
  }

  /** Returns the n periods up to and including the current, partial one. */
  Between past(long n, DateUnit unit) {
    LocalDateTime current = start(unit);
    return new Between(unit.plus(current, 1 - n), unit.plus(current, 1));
  }

  /**
   * Returns the day named by today, yesterday, tomorrow or a weekday (the latest such day, today
   * included), or null if the word names no day.
   */
  Between namedDay(String word) {
    LocalDateTime today = context.now().truncatedTo(ChronoUnit.DAYS);
    LocalDateTime day = switch (word) {
      case "today" -> today;
      case "yesterday" -> today.minusDays(1);
      case "tomorrow" -> today.plusDays(1);
      default -> {
        DayOfWeek weekday = weekday(word);
        yield weekday == null ? null : today.with(TemporalAdjusters.previousOrSame(weekday));
      }
    };
    return day == null ? null : new Between(day, day.plusDays(1));
  }

  private static DayOfWeek weekday(String word) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).equals(word)) {
        return d;
      }
    }
    return null;
  }
}

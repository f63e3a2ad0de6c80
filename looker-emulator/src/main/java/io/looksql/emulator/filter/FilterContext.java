package io.looksql.emulator.filter;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/**
 * What relative date filters are relative to.
 *
 * @param now the current wall-clock time in the query time zone
 * @param weekStart first day of a week (Looker's default is Monday)
 */
public record FilterContext(LocalDateTime now, DayOfWeek weekStart) {
}

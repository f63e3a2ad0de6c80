package io.looksql.emulator.lookml;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * How a model counts weeks and fiscal years.
 *
 * @param weekStart {@code week_start_day}: the first day of a week (Monday by default, as in Looker)
 * @param fiscalMonthOffset {@code fiscal_month_offset}: months from January to the first month of
 *     the fiscal year (any integer; fiscal year N starts in month {@code 1 + offset} of year N)
 */
public record ModelCalendar(DayOfWeek weekStart, int fiscalMonthOffset) {
  /** Looker's defaults: weeks start on Monday, the fiscal year is the calendar year. */
  public static final ModelCalendar DEFAULT = new ModelCalendar(DayOfWeek.MONDAY, 0);

  /** Returns the calendar a model file's {@code week_start_day} and {@code fiscal_month_offset} set. */
  static ModelCalendar of(Params params) {
    DayOfWeek weekStart = DayOfWeek.MONDAY;
    String day = params.string("week_start_day");
    if (day != null) {
      try {
        weekStart = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        Params.fail(params.valuePosition("week_start_day", null), "unsupported week_start_day '"
            + day + "' (supported: monday, tuesday, wednesday, thursday, friday, saturday, sunday)");
      }
    }
    int offset = 0;
    String months = params.string("fiscal_month_offset");
    if (months != null) {
      try {
        offset = Integer.parseInt(months);
      } catch (NumberFormatException e) {
        Params.fail(params.valuePosition("fiscal_month_offset", null),
            "expected a whole number for 'fiscal_month_offset', found '" + months + "'");
      }
    }
    return new ModelCalendar(weekStart, offset);
  }
}

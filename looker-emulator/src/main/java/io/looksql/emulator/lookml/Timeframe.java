package io.looksql.emulator.lookml;

import java.util.Locale;

/**
 * A timeframe of a {@code dimension_group: { type: time }}; each becomes its own dimension.
 * These are all the timeframes Looker documents; {@code hour2} ... {@code millisecond500} are the
 * truncations to a multiple of their unit within the next larger one.
 */
public enum Timeframe {
  RAW, TIME, TIME_OF_DAY, DATE, WEEK, MONTH, QUARTER, YEAR, HOUR, MINUTE, SECOND,
  MILLISECOND, MICROSECOND,
  HOUR2(Unit.HOUR, 2), HOUR3(Unit.HOUR, 3), HOUR4(Unit.HOUR, 4), HOUR6(Unit.HOUR, 6),
  HOUR8(Unit.HOUR, 8), HOUR12(Unit.HOUR, 12),
  MINUTE2(Unit.MINUTE, 2), MINUTE3(Unit.MINUTE, 3), MINUTE4(Unit.MINUTE, 4),
  MINUTE5(Unit.MINUTE, 5), MINUTE6(Unit.MINUTE, 6), MINUTE10(Unit.MINUTE, 10),
  MINUTE12(Unit.MINUTE, 12), MINUTE15(Unit.MINUTE, 15), MINUTE20(Unit.MINUTE, 20),
  MINUTE30(Unit.MINUTE, 30),
  MILLISECOND2(Unit.MILLISECOND, 2), MILLISECOND4(Unit.MILLISECOND, 4),
  MILLISECOND5(Unit.MILLISECOND, 5), MILLISECOND8(Unit.MILLISECOND, 8),
  MILLISECOND10(Unit.MILLISECOND, 10), MILLISECOND20(Unit.MILLISECOND, 20),
  MILLISECOND25(Unit.MILLISECOND, 25), MILLISECOND40(Unit.MILLISECOND, 40),
  MILLISECOND50(Unit.MILLISECOND, 50), MILLISECOND100(Unit.MILLISECOND, 100),
  MILLISECOND125(Unit.MILLISECOND, 125), MILLISECOND200(Unit.MILLISECOND, 200),
  MILLISECOND250(Unit.MILLISECOND, 250), MILLISECOND500(Unit.MILLISECOND, 500),
  DAY_OF_WEEK, DAY_OF_WEEK_INDEX, DAY_OF_MONTH, DAY_OF_YEAR, HOUR_OF_DAY, WEEK_OF_YEAR,
  MONTH_NUM, MONTH_NAME, QUARTER_OF_YEAR,
  FISCAL_YEAR, FISCAL_QUARTER, FISCAL_QUARTER_OF_YEAR, FISCAL_MONTH_NUM,
  YESNO;

  /** The unit a multiple-of timeframe such as {@code minute15} counts in. */
  public enum Unit {
    HOUR, MINUTE, MILLISECOND
  }

  private final Unit unit;
  private final int step;

  Timeframe() {
    this(null, 1);
  }

  Timeframe(Unit unit, int step) {
    this.unit = unit;
    this.step = step;
  }

  /** Returns the unit of a multiple-of timeframe ({@code hour6}: HOUR), or null for the others. */
  public Unit unit() {
    return unit;
  }

  /** Returns how many units a multiple-of timeframe spans ({@code minute15}: 15), else 1. */
  public int step() {
    return step;
  }

  /** Returns the LookML spelling, e.g. {@code month_num}. */
  public String lookml() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the API field type, e.g. {@code date_month_num}; {@code yesno} for the yes/no timeframe. */
  public String apiType() {
    return this == YESNO ? "yesno" : "date_" + lookml();
  }

  /** Returns the timeframe named in LookML, or null if there is none by that name. */
  public static Timeframe of(String lookml) {
    for (Timeframe t : values()) {
      if (t.lookml().equals(lookml)) {
        return t;
      }
    }
    return null;
  }

  /** Returns whether values are points or periods in time (filtered as dates), not numbers or names. */
  public boolean isTemporal() {
    if (unit != null) {
      return true;
    }
    switch (this) {
    case RAW: case TIME: case DATE: case WEEK: case MONTH: case QUARTER: case YEAR:
    case HOUR: case MINUTE: case SECOND: case MILLISECOND: case MICROSECOND: case FISCAL_QUARTER:
      return true;
    default:
      return false;
    }
  }

  /** Returns whether values are whole numbers (a year, an index or a count within a period). */
  public boolean isNumeric() {
    switch (this) {
    case DAY_OF_WEEK_INDEX: case DAY_OF_MONTH: case DAY_OF_YEAR: case HOUR_OF_DAY:
    case WEEK_OF_YEAR: case MONTH_NUM: case FISCAL_YEAR: case FISCAL_MONTH_NUM:
      return true;
    default:
      return false;
    }
  }
}

package io.looksql.emulator.lookml;

import java.util.Locale;

/** A timeframe of a {@code dimension_group: { type: time }}; each becomes its own dimension. */
public enum Timeframe {
  RAW, TIME, DATE, WEEK, MONTH, QUARTER, YEAR, HOUR, MINUTE,
  DAY_OF_WEEK, DAY_OF_WEEK_INDEX, DAY_OF_MONTH, HOUR_OF_DAY, MONTH_NUM;

  /** Returns the LookML spelling, e.g. {@code month_num}. */
  public String lookml() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the API field type, e.g. {@code date_month_num}. */
  public String apiType() {
    return "date_" + lookml();
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
    switch (this) {
    case RAW: case TIME: case DATE: case WEEK: case MONTH: case QUARTER: case YEAR:
    case HOUR: case MINUTE:
      return true;
    default:
      return false;
    }
  }
}

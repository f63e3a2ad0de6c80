package io.looksql.emulator.sql;

import io.looksql.emulator.lookml.Timeframe;

/** Timeframe expressions that H2 and PostgreSQL spell the same way. */
final class TimeframeSql {
  private TimeframeSql() {
  }

  /** Returns the SQL of a timeframe, given how the dialect truncates and extracts. */
  static String of(String ts, Timeframe timeframe, Dialect dialect, Truncator trunc, Extractor extract) {
    switch (timeframe) {
    case RAW:
      return ts;
    case TIME:
      return trunc.apply("second", ts);
    case HOUR:
      return trunc.apply("hour", ts);
    case MINUTE:
      return trunc.apply("minute", ts);
    case DATE:
      return "CAST(" + ts + " AS DATE)";
    case WEEK:
      return "CAST(" + trunc.apply("week", ts) + " AS DATE)";
    case MONTH:
      return "CAST(" + trunc.apply("month", ts) + " AS DATE)";
    case QUARTER:
      return "CAST(" + trunc.apply("quarter", ts) + " AS DATE)";
    case YEAR:
      return extract.apply("YEAR", ts);
    case MONTH_NUM:
      return extract.apply("MONTH", ts);
    case DAY_OF_MONTH:
      return extract.apply("DAY", ts);
    case HOUR_OF_DAY:
      return extract.apply("HOUR", ts);
    case DAY_OF_WEEK_INDEX:
      return "(" + extract.apply("ISODOW", ts) + " - 1)";
    case DAY_OF_WEEK:
      String dow = extract.apply("ISODOW", ts);
      return "CASE " + dow + " WHEN 1 THEN 'Monday' WHEN 2 THEN 'Tuesday' WHEN 3 THEN 'Wednesday'"
          + " WHEN 4 THEN 'Thursday' WHEN 5 THEN 'Friday' WHEN 6 THEN 'Saturday'"
          + " WHEN 7 THEN 'Sunday' END";
    default:
      throw new IllegalArgumentException("Unsupported timeframe " + timeframe.lookml());
    }
  }

  /** Truncation of a timestamp to a unit ({@code second} ... {@code quarter}). */
  interface Truncator {
    /** Returns SQL truncating {@code ts} to {@code unit}. */
    String apply(String unit, String ts);
  }

  /** Extraction of an integer part ({@code YEAR}, {@code MONTH}, {@code DAY}, {@code HOUR}, {@code ISODOW}). */
  interface Extractor {
    /** Returns SQL extracting {@code part} of {@code ts} as an INTEGER. */
    String apply(String part, String ts);
  }
}

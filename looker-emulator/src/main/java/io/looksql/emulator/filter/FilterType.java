package io.looksql.emulator.filter;

/** Which of Looker's filter grammars applies to a field. */
public enum FilterType {
  /** Strings, tiers, zip codes, day names: lists, {@code %} wildcards, NULL, EMPTY, negation. */
  STRING,
  /** Numbers: lists, comparisons, ranges, intervals, NULL, NOT. */
  NUMBER,
  /** Dates and times: absolute, relative and ranged; the column is a TIMESTAMP or DATE. */
  DATE,
  /** Yes/no; the column is a SQL boolean condition. */
  YESNO
}

package io.looksql.emulator.query;

/** How a result column's JDBC value is read and written in result formats. */
public enum ValueKind {
  /** Text; also yes/no ({@code Yes}/{@code No}), tiers and day names. */
  STRING,
  /** A number, integral or not, written as a JSON number. */
  NUMBER,
  /** A whole number (years, month numbers, counts), written as a JSON number. */
  INTEGER,
  /** A DATE, written {@code yyyy-MM-dd}. */
  DATE,
  /** A DATE truncated to a month or quarter, written {@code yyyy-MM}. */
  MONTH,
  /** A TIMESTAMP, written {@code yyyy-MM-dd HH:mm:ss}. */
  TIMESTAMP,
  /** A TIMESTAMP to the millisecond, written {@code yyyy-MM-dd HH:mm:ss.SSS}. */
  TIMESTAMP_MILLIS,
  /** A TIMESTAMP to the microsecond, written {@code yyyy-MM-dd HH:mm:ss.SSSSSS}. */
  TIMESTAMP_MICROS
}

package org.apache.calcite.jdbc;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Gives a statement that failed to convert a text value to a number the SQLState of that data
 * exception, {@value #INVALID_CAST}, and a message that names the value. Calcite's generated code
 * converts with Java's parsers, whose {@code NumberFormatException} would otherwise reach the
 * caller as a bare "For input string" without a state.
 */
final class ConversionFailure {
  /** SQLState of a value that can't be converted: invalid character value for cast. */
  static final String INVALID_CAST = "22018";
  private static final Pattern VALUE = Pattern.compile("For input string: \"(.*)\"",
      Pattern.DOTALL);

  private ConversionFailure() {
  }

  /** Returns an SQLException with SQLState 22018 if {@code e} comes from a conversion, else e. */
  static SQLException of(SQLException e) {
    if (e.getSQLState() != null) {
      return e;
    }
    SQLException converted = ofCause(e);
    return converted != null ? converted : e;
  }

  /** Returns the SQLException of a conversion failure among the causes of {@code t}, or null. */
  static @Nullable SQLException ofCause(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof NumberFormatException n) {
        Matcher m = VALUE.matcher(String.valueOf(n.getMessage()));
        String value = m.find() ? "'" + m.group(1) + "'" : "a text value";
        return new SQLException("Can't convert " + value + " to a number: the statement "
            + "compares a text column with a number, or casts it to one, and that converts every "
            + "value the column holds. Compare the column with text instead (a quoted literal, "
            + "or CAST the number AS VARCHAR)", INVALID_CAST, t);
      }
    }
    return null;
  }
}

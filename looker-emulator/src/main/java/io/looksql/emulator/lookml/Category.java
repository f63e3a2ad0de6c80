package io.looksql.emulator.lookml;

import java.util.Locale;

/**
 * What a field is: a dimension or a measure, or a field that only takes a value from the user
 * (a templated {@code filter} or a {@code parameter}).
 */
public enum Category {
  DIMENSION, MEASURE, FILTER, PARAMETER;

  /** Returns the API spelling, {@code dimension} or {@code measure}. */
  public String api() {
    return name().toLowerCase(Locale.ROOT);
  }
}

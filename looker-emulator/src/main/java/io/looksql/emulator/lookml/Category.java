package io.looksql.emulator.lookml;

import java.util.Locale;

/** Whether a field is a dimension, a measure, or a filter-only field (filter or parameter). */
public enum Category {
  DIMENSION, MEASURE, FILTER, PARAMETER;

  /** Returns the API spelling, {@code dimension} or {@code measure}. */
  public String api() {
    return name().toLowerCase(Locale.ROOT);
  }
}

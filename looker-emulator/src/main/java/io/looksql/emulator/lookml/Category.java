package io.looksql.emulator.lookml;

import java.util.Locale;

/** Whether a field is a dimension or a measure. */
public enum Category {
  DIMENSION, MEASURE;

  /** Returns the API spelling, {@code dimension} or {@code measure}. */
  public String api() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.looksql.client;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One result row: a value per column, in the order of {@link QueryRows#fieldNames()}.
 *
 * <p>Values keep their JSON types: {@link String}, {@link Long} for whole numbers
 * ({@link java.math.BigInteger} beyond 64 bits), {@link Double} for other numbers, {@link Boolean},
 * {@link List} for arrays, {@link java.util.Map} for pivoted cells, or null.
 */
public final class Row {
  private final Columns columns;
  private final Object[] values;

  Row(Columns columns, Object[] values) {
    this.columns = columns;
    this.values = values;
  }

  /** Returns the number of columns. */
  public int size() {
    return values.length;
  }

  /** Returns the value of column {@code index} (0-based). */
  public Object get(int index) {
    return values[index];
  }

  /**
   * Returns the value of a field, e.g. {@code orders.status}.
   *
   * @throws IllegalArgumentException if the result has no such field
   */
  public Object get(String field) {
    int i = columns.indexOf(field);
    if (i < 0) {
      throw new IllegalArgumentException("No field " + field + " in " + columns.names());
    }
    return values[i];
  }

  /** Returns the values, unmodifiable. */
  public List<Object> values() {
    return Collections.unmodifiableList(Arrays.asList(values));
  }

  @Override public boolean equals(Object o) {
    return o instanceof Row && Arrays.equals(values, ((Row) o).values);
  }

  @Override public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override public String toString() {
    return Arrays.toString(values);
  }
}

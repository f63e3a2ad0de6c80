package io.looksql.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a result and the position of each. */
final class Columns {
  private final String[] names;
  private final Map<String, Integer> index = new HashMap<>();

  Columns(List<String> names) {
    // Interned, like the field names Jackson's parser returns, so a row's keys usually match by ==.
    this.names = names.stream().map(String::intern).toArray(String[]::new);
    for (int i = 0; i < this.names.length; i++) {
      index.putIfAbsent(this.names[i], i);
    }
  }

  /** Returns the names in order. */
  List<String> names() {
    return List.of(names);
  }

  /** Returns the number of columns. */
  int size() {
    return names.length;
  }

  /** Returns the position of a name, or -1. */
  int indexOf(String name) {
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /**
   * Returns the position of a row key, trying {@code expected} first: rows list their cells in
   * column order, so this is usually one reference comparison.
   */
  int indexOf(String name, int expected) {
    if (expected < names.length && (names[expected] == name || names[expected].equals(name))) {
      return expected;
    }
    return indexOf(name);
  }
}

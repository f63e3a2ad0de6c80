package io.looksql.client.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies that make record components immutable; JSON {@code null} lists become empty. */
final class Lists {
  private Lists() {
  }

  /** Returns an unmodifiable copy, empty for null; unlike {@code List.copyOf} it keeps null elements. */
  static <T> List<T> copy(List<T> list) {
    return list == null || list.isEmpty()
        ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
  }

  /** Returns an unmodifiable copy that keeps insertion order, empty for null. */
  static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null || map.isEmpty()
        ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}

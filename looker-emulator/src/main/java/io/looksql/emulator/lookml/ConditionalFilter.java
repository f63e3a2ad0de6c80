package io.looksql.emulator.lookml;

import java.util.List;
import java.util.Map;

/**
 * An explore's {@code conditionally_filter}: default filters that apply unless the query filters
 * on one of the {@code unless} fields.
 *
 * @param filters the default filters, field name to filter expression, in declaration order
 * @param unless the fields whose filters switch the defaults off
 */
public record ConditionalFilter(Map<String, String> filters, List<String> unless) {
  /** The explore has no {@code conditionally_filter}. */
  public static final ConditionalFilter NONE = new ConditionalFilter(Map.of(), List.of());

  /** Returns whether there are no default filters. */
  public boolean isEmpty() {
    return filters.isEmpty();
  }
}

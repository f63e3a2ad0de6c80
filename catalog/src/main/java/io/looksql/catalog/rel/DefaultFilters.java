package io.looksql.catalog.rel;

import io.looksql.catalog.DefaultFilter;
import io.looksql.catalog.ExploreDefinition;
import java.util.List;
import java.util.Set;

/**
 * The explore's {@code always_filter} and {@code conditionally_filter} defaults that a Looker
 * query gets because it doesn't filter their fields: they change the rows the statement sees, so
 * {@code EXPLAIN} shows them and each run warns.
 */
final class DefaultFilters {
  private DefaultFilters() {
  }

  /** Returns the defaults a request with filters on these fields gets. */
  static List<DefaultFilter> applied(ExploreDefinition explore, Set<String> filteredFields) {
    return explore.defaultFilters().stream()
        .filter(f -> !filteredFields.contains(f.field()))
        .toList();
  }

  /** Returns how EXPLAIN shows them: {@code orders.status: "Complete" (always_filter)}, …. */
  static String explain(List<DefaultFilter> applied) {
    StringBuilder b = new StringBuilder();
    for (DefaultFilter f : applied) {
      b.append(b.isEmpty() ? "" : ", ").append(f.field()).append(": \"").append(f.value())
          .append("\" (").append(f.parameter()).append(')');
    }
    return b.toString();
  }

  /** Returns the warning of a run that gets a default filter, with how to override it. */
  static String warning(ExploreDefinition explore, DefaultFilter f) {
    return "Explore " + explore.model() + "." + explore.name() + " applies its " + f.parameter()
        + " " + f.field() + ": \"" + f.value() + "\" because the statement doesn't filter `"
        + f.field() + "`" + (f.conditional() ? " (nor one of the filter's unless fields)" : "")
        + ", so only rows that pass it are seen; a WHERE condition on `" + f.field()
        + "` that Looker's filters can express replaces it";
  }
}

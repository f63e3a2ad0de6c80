package io.looksql.catalog;

import java.util.Objects;

/**
 * A filter an explore applies to a query that doesn't filter its field: LookML's
 * {@code always_filter} or {@code conditionally_filter} (which also yields to a filter on one of
 * its {@code unless} fields, not listed by the API).
 *
 * @param field the field, {@code alias.field}
 * @param value the default filter expression, e.g. {@code last 30 days}
 * @param conditional whether it is a {@code conditionally_filter}
 */
public record DefaultFilter(String field, String value, boolean conditional) {

  /** Creates a DefaultFilter. */
  public DefaultFilter {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
  }

  /** Returns the LookML parameter that declares it. */
  public String parameter() {
    return conditional ? "conditionally_filter" : "always_filter";
  }
}

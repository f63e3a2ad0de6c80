package io.looksql.client.model;

/**
 * OpenAPI {@code LookmlModelExploreAlwaysFilter} and {@code LookmlModelExploreConditionallyFilter}
 * (the same shape): a filter an explore applies to queries that don't filter the field.
 *
 * @param name the field, {@code view.field}
 * @param value the default filter expression, e.g. {@code last 30 days}
 */
public record LookmlModelExploreDefaultFilter(String name, String value) {
}

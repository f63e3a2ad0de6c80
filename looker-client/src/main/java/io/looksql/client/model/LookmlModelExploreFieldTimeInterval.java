package io.looksql.client.model;

/**
 * OpenAPI {@code LookmlModelExploreFieldTimeInterval}: the interval of a timeframe field.
 *
 * @param name {@code day}, {@code hour}, {@code month}, ...
 * @param count how many of them
 */
public record LookmlModelExploreFieldTimeInterval(String name, Long count) {
}

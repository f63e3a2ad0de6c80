package io.looksql.client.model;

/**
 * OpenAPI {@code LookmlModelExploreFieldEnumeration}: one allowed value of a field.
 *
 * @param label label shown in the UI
 * @param value the value, a string or a number
 */
public record LookmlModelExploreFieldEnumeration(String label, Object value) {
}

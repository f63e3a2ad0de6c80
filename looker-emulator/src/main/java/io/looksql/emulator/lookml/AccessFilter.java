package io.looksql.emulator.lookml;

/**
 * An explore's {@code access_filter}: every query of the explore is filtered on {@code field} by
 * the querying user's value of {@code user_attribute}.
 *
 * @param field the field filtered, {@code view.field} as written
 * @param userAttribute the name of the user attribute whose value is the filter expression
 */
public record AccessFilter(String field, String userAttribute) {
}

package io.looksql.emulator.query;

/**
 * A filter the explore adds to a query: from an {@code access_filter}, {@code always_filter} or
 * {@code conditionally_filter}.
 *
 * @param field the field filtered, {@code view.field}
 * @param expression the Looker filter expression
 * @param source the LookML parameter it comes from, for error messages
 */
record ImpliedFilter(String field, String expression, String source) {
}

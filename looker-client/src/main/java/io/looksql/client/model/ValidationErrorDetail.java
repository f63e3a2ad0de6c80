package io.looksql.client.model;

/**
 * OpenAPI {@code ValidationErrorDetail}: one problem listed in a {@code ValidationError}.
 *
 * @param field the request property at fault
 * @param code e.g. {@code missing_field}
 * @param message what is wrong
 * @param documentationUrl where Looker documents the error
 */
public record ValidationErrorDetail(String field, String code, String message,
    String documentationUrl) {
}

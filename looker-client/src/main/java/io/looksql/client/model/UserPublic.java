package io.looksql.client.model;

/**
 * OpenAPI {@code UserPublic}: a user as other API objects name them, e.g. who runs a query.
 *
 * @param id the user's id
 * @param firstName first name
 * @param lastName last name
 * @param displayName full name as shown in the UI
 */
public record UserPublic(String id, String firstName, String lastName, String displayName) {
}

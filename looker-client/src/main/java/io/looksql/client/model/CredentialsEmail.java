package io.looksql.client.model;

/**
 * OpenAPI {@code CredentialsEmail}: a user's email/password login.
 *
 * @param email the login email
 * @param userId the user's id
 * @param isDisabled whether this login is disabled
 */
public record CredentialsEmail(String email, String userId, Boolean isDisabled) {
}

package io.looksql.client.model;

/**
 * OpenAPI {@code ApiSession}: the state of the caller's API session ({@code GET /session}).
 *
 * @param workspaceId {@code production} or {@code dev}
 * @param sudoUserId the id of the admin who is sudo'ing as the session's user, null otherwise
 */
public record ApiSession(String workspaceId, String sudoUserId) {
}
